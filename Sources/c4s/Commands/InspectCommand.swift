import ArgumentParser
import C4SIO
import Foundation

/// `c4s inspect FILE`: the tree of an HDF5 or netCDF file with shapes, types and attributes, or
/// the atoms, frames and time span of a molecular file.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the structure of an HDF5 or netCDF file (like h5ls -r -v / ncdump -h), or describe a molecular file.",
        discussion: """
            netCDF files (classic and netCDF-4) are shown as netCDF sees them: dimensions, variables \
            with types and attributes, global attributes. Other HDF5 files (H5MD trajectories, \
            exported results) are shown as a tree of groups and data sets. --hdf5 shows a netCDF-4 \
            file's HDF5 structure instead. Molecular files (.pdb, .psf, .dcd, .xyz, .prmtop, .mdcrd[.bz2], \
            and .h5md after its tree) are described: atoms, residues, elements, bonds, frames, time \
            span, cell, observables; --topology names the topology of a trajectory (.psf, .prmtop, .pdb).
            """)

    @Argument(help: "The file to inspect.")
    var file: String

    @Flag(help: "Show a netCDF-4 file as HDF5 groups and data sets.")
    var hdf5 = false

    @Option(help: "The topology of a trajectory file (.psf, .prmtop or .pdb).")
    var topology: String?

    func run() throws {
        let url = URL(fileURLWithPath: file)
        do {
            switch try FileFormat.detect(url) {
            case .netCDFClassic:
                print(NetCDFHeader.render(try NetCDFFile.open(url)))
            case .molecular(let kind):
                print(try describeMolecules(url, kind: kind))
            case .hdf5:
                if !hdf5, FileFormat.hasNetCDFName(url) {
                    print(NetCDFHeader.render(try NetCDFFile.open(url)))
                    return
                }
                let tree = try HDF5Tree.read(from: url)
                if !hdf5, tree.root.attributes.contains(where: { $0.name == FileFormat.netCDF4Attribute }) {
                    print(NetCDFHeader.render(try NetCDFFile.open(url)))
                } else {
                    print(tree.rendered())
                    if MolecularFileKind(url) == .h5md { print("\n" + (try describeMolecules(url, kind: .h5md))) }
                }
            }
        } catch let error as CustomStringConvertible & Error {
            throw CommandFailure(error.description)
        }
    }

    /// A topology alone, or frames read with the `--topology` file when given.
    private func describeMolecules(_ url: URL, kind: MolecularFileKind) throws -> String {
        if kind.isTopologyOnly, topology == nil {
            return MolecularSummary.describe(kind == .psf ? try PSFTopologyReader.read(from: url) : try AmberTopologyReader.read(from: url))
        }
        return MolecularSummary.describe(try MolecularFileSet.read([url] + (topology.map { [URL(fileURLWithPath: $0)] } ?? [])))
    }
}
