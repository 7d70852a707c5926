/// The unit system of molecular dynamics in the workbench: length Å, time fs, mass u (g/mol),
/// energy kcal/mol, force kcal/(mol·Å), velocity Å/fs (Å/ps in H5MD files), temperature K.
public enum MDUnits {
    /// Acceleration in Å/fs² of a force of 1 kcal/(mol·Å) on a mass of 1 u:
    /// 4184 J/mol / 1e-10 m / 1e-3 kg/mol = 4.184e16 m/s² = 4.184e16 · 1e10 Å / 1e30 fs² = 4.184e-4 Å/fs².
    public static let accelerationPerForcePerMass = 4.184e-4
    /// Kinetic energy in kcal/mol of 1 u moving at 1 Å/fs squared: 1 / `accelerationPerForcePerMass`
    /// (1 u·Å²/fs² = 1e-3 kg/mol · 1e10 m²/s² = 1e7 J/mol = 2390.057… kcal/mol).
    public static let kcalPerMolPerMassVelocitySquared = 1 / accelerationPerForcePerMass
    /// Boltzmann's constant per mole in kcal/(mol·K): R = 8.314462618 J/(mol·K) / 4184 J/kcal.
    public static let boltzmann = 8.314462618 / 4184
    /// Å/ps per Å/fs.
    public static let femtosecondsPerPicosecond = 1000.0
}
