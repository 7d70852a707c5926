/// What a dataset holds, which decides the readers and panes that open it.
public enum DatasetKind: String, Codable, Sendable, CaseIterable {
    /// A regular 1-D, 2-D or 3-D grid of values (stencil inputs).
    case grid
    /// A sparse or dense matrix (Matrix Market files, generated operators, graphs).
    case matrix
    /// One molecular structure (PDB and similar).
    case molecule
    /// A sequence of molecular frames (DCD, H5MD, NMR ensembles).
    case trajectory
    /// Gridded geophysical fields on a lat/lon grid (netCDF).
    case field
    /// A table of rows and named columns (CSV).
    case table
}
