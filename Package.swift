// swift-tools-version:6.0
// C4S Workbench: a terminal workbench for Cloud4Science kernels and AI-for-science models.
import PackageDescription

/// A system-library target over a C library installed by `make setup`, with flags from pkg-config
/// where its .pc file gives flags SwiftPM accepts (ncursesw.pc does not: its -D flags are in the shim).
func systemLibrary(_ name: String, pkgConfig: String?, apt: String) -> Target {
    .systemLibrary(name: name, path: "Sources/\(name)", pkgConfig: pkgConfig, providers: [.apt([apt])])
}

let package = Package(
    name: "C4SWorkbench",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "c4s", targets: ["c4s"]),
        .library(name: "C4SCore", targets: ["C4SCore"]),
        .library(name: "C4SIO", targets: ["C4SIO"]),
        .library(name: "C4SWorkbench", targets: ["C4SWorkbench"]),
        .library(name: "C4SStencil", targets: ["C4SStencil"]),
        .library(name: "C4SSparse", targets: ["C4SSparse"]),
        .library(name: "C4SSpectral", targets: ["C4SSpectral"]),
        .library(name: "C4SCarbon", targets: ["C4SCarbon"]),
        .library(name: "C4SMolecules", targets: ["C4SMolecules"]),
        .library(name: "C4SLearn", targets: ["C4SLearn"]),
        .library(name: "C4SDiffusion", targets: ["C4SDiffusion"]),
        .library(name: "C4STUI", targets: ["C4STUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        systemLibrary("CNcursesW", pkgConfig: nil, apt: "libncursesw5-dev"),
        systemLibrary("CHDF5", pkgConfig: "hdf5", apt: "libhdf5-dev"),
        systemLibrary("CFFTW", pkgConfig: "fftw3", apt: "libfftw3-dev"),
        systemLibrary("CBLAS", pkgConfig: "openblas", apt: "libopenblas-dev"),
        systemLibrary("CNetCDF", pkgConfig: "netcdf", apt: "libnetcdf-dev"),
        systemLibrary("CBZip2", pkgConfig: nil, apt: "libbz2-dev"),

        .target(name: "C4SCore", dependencies: ["CBLAS"]),
        .target(name: "C4SIO", dependencies: ["C4SCore", "CHDF5", "CNetCDF", "CBZip2"]),
        .target(name: "C4SStencil", dependencies: ["C4SCore", "C4SSpectral", "CBLAS", "CStencilBaseline", "CStencilStream"],
                swiftSettings: [.unsafeFlags(["-target-cpu", "haswell"])]),
        .target(name: "CStencilBaseline", cSettings: [.unsafeFlags(["-O3", "-march=native"])]),
        .target(name: "CStencilStream", cSettings: [.unsafeFlags(["-O3", "-mavx2", "-mfma"])]),
        .target(name: "CSparseKernels", cSettings: [.unsafeFlags(["-O3", "-mavx2", "-mfma"])]),
        .target(name: "C4SSparse", dependencies: ["C4SCore", "CSparseKernels"],
                swiftSettings: [.unsafeFlags(["-target-cpu", "haswell"])]),
        .target(name: "C4SSpectral", dependencies: ["C4SCore", "CFFTW"]),
        .target(name: "CFFTBaseline", dependencies: ["CFFTW"], cSettings: [.unsafeFlags(["-O3"])]),
        .target(name: "C4SCarbon", dependencies: ["C4SCore", "C4SIO", "C4SLearn"]),
        .target(name: "C4SMolecules", dependencies: ["C4SCore", "C4SIO", "C4SLearn"]),
        .target(name: "C4SLearn", dependencies: ["C4SCore", "C4SIO", "CBLAS"]),
        .target(name: "C4SDiffusion", dependencies: ["C4SCore", "C4SIO", "C4SLearn"]),
        .target(name: "C4SWorkbench", dependencies: ["C4SCore", "C4SIO", "C4SStencil", "C4SSparse", "C4SSpectral", "C4SCarbon", "C4SMolecules", "C4SLearn", "C4SDiffusion", "CBLAS", "CFFTW", "CFFTBaseline", "CHDF5", "CNetCDF", "CNcursesW"]),
        .target(name: "C4STUI", dependencies: ["C4SCore", "C4SIO", "C4SWorkbench", "CNcursesW"],
                resources: [.copy("Resources/themes")]),
        .executableTarget(name: "c4s", dependencies: [
            "C4SCore", "C4SIO", "C4SWorkbench", "C4STUI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "C4SCoreTests", dependencies: ["C4SCore"]),
        .testTarget(name: "C4SIOTests", dependencies: ["C4SIO", "C4SCore"]),
        .testTarget(name: "C4SStencilTests", dependencies: ["C4SStencil", "C4SCore"]),
        .testTarget(name: "C4SSparseTests", dependencies: ["C4SSparse", "C4SCore"]),
        .testTarget(name: "C4SSpectralTests", dependencies: ["C4SSpectral", "C4SCore"]),
        .testTarget(name: "C4SCarbonTests", dependencies: ["C4SCarbon", "C4SCore", "C4SIO", "C4SLearn"]),
        .testTarget(name: "C4SMoleculesTests", dependencies: ["C4SMolecules", "C4SIO", "C4SCore", "C4SLearn"]),
        .testTarget(name: "C4SLearnTests", dependencies: ["C4SLearn", "C4SIO", "C4SCore"]),
        .testTarget(name: "C4SDiffusionTests", dependencies: ["C4SDiffusion", "C4SLearn", "C4SIO", "C4SCore"]),
        .testTarget(name: "C4SWorkbenchTests", dependencies: ["C4SWorkbench", "C4SIO", "C4SCore"]),
        .testTarget(name: "C4STUITests", dependencies: ["C4STUI", "C4SWorkbench", "C4SCore"]),
        .testTarget(name: "c4sTests", dependencies: ["c4s", "C4SCore"]),
    ]
)
