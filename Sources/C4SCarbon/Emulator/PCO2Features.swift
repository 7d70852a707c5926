import Foundation

/// The inputs of the ocean pCO₂ emulator for one cell and month, scaled to order one: SST, salinity,
/// wind speed, ice fraction, optionally atmospheric CO₂, the n-vector of the cell centre
/// (cos φ cos λ, cos φ sin λ, sin φ: continuous across the date line and at the poles), the month
/// (sin, cos of 2π(m − 0.5)/12), optionally random Fourier features of the n-vector (`PositionFourierEncoding`)
/// and optionally a one-hot code of the data product the row comes from (`products`), as Ke et al. (2024)
/// emulate each product: a network without it must fit the mean of two products that disagree.
public struct PCO2Features: Sendable, Equatable {
    /// The data products a product code can name, in the order of their one-hot columns.
    public static let products = ["takahashi09", "socat2010"]

    /// Whether the atmospheric CO₂ mole fraction is an input (the fifth feature).
    public let includesCO2: Bool
    /// Whether a one-hot code of the data product is an input (the last `products.count` features).
    public let includesProduct: Bool
    /// Fourier features of the position, after the month; nil: none.
    public let fourier: PositionFourierEncoding?

    /// The feature set with or without atmospheric CO₂, the product code and Fourier features of position.
    public init(includesCO2: Bool, includesProduct: Bool = false, fourier: PositionFourierEncoding? = nil) {
        self.includesCO2 = includesCO2
        self.includesProduct = includesProduct
        self.fourier = fourier
    }

    /// The feature set with the Fourier encoding `fourier` whose `names` are `names`, or nil when none has them.
    public init?(names: [String], fourier: PositionFourierEncoding? = nil) {
        let candidates = [true, false].flatMap { co2 in
            [false, true].map { PCO2Features(includesCO2: co2, includesProduct: $0, fourier: fourier) }
        }
        guard let match = candidates.first(where: { $0.names == names }) else { return nil }
        self = match
    }

    /// Names of the features, in order.
    public var names: [String] {
        ["sst", "salinity", "wind", "ice"] + (includesCO2 ? ["xco2"] : []) + ["nx", "ny", "nz", "sin_month", "cos_month"]
            + (fourier?.names ?? []) + (includesProduct ? Self.products.map { "product_\($0)" } : [])
    }

    /// Number of features per row.
    public var count: Int { names.count }

    /// The products to evaluate when driving the emulator: every product (the prediction is their mean) with
    /// the product code, else one evaluation without a product (nil).
    public var drivingProducts: [String?] { includesProduct ? Self.products : [nil] }

    /// The feature row, or nil when an input is not finite.
    /// - Parameters: sst °C; salinity (PSS); wind m s⁻¹; ice fraction 0…1; xCO₂ ppm (ignored without CO₂);
    ///   latitude/longitude degrees; month 1…12; product: one of `products` (ignored without the product code).
    /// - Precondition: with the product code, `product` is one of `products`.
    public func row(sst: Double, salinity: Double, wind: Double, ice: Double, xco2: Double,
                    latitude: Double, longitude: Double, month: Int, product: String? = nil) -> [Double]? {
        guard [sst, salinity, wind, ice].allSatisfy(\.isFinite), !includesCO2 || xco2.isFinite else { return nil }
        let code = includesProduct ? Self.products.firstIndex(where: { $0 == product }) : nil
        precondition(!includesProduct || code != nil, "PCO2Features.row: product must be one of \(Self.products), got \(product ?? "nil")")
        let n = PositionFourierEncoding.nVector(latitude: latitude, longitude: longitude), phase = 2 * .pi * (Double(month) - 0.5) / 12
        return [(sst - 15) / 10, (salinity - 34.5) / 2, (wind - 7) / 3, ice] + (includesCO2 ? [(xco2 - 380) / 20] : [])
            + n + [sin(phase), cos(phase)] + (fourier?.features(nVector: n) ?? [])
            + (code.map { c in Self.products.indices.map { $0 == c ? 1 : 0 } } ?? [])
    }
}
