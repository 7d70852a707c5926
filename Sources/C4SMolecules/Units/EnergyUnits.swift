/// Conversions between atomic units and the workbench's molecular units (kcal/mol, ångström).
public enum EnergyUnits {
    /// kcal/mol per hartree.
    public static let kcalPerMolPerHartree = 627.509474
    /// Ångström per bohr.
    public static let angstromPerBohr = 0.529177210903
    /// kcal/mol/Å per hartree/bohr.
    public static let kcalPerMolAngstromPerHartreeBohr = kcalPerMolPerHartree / angstromPerBohr
}
