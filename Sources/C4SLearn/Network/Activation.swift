import Foundation

/// An element-wise activation function σ applied to a dense layer's pre-activations z.
///
/// Smooth ones (tanh, SiLU, CELU with α = 1, softplus) have continuous first derivatives, as
/// potentials need for forces and score networks for divergences; ReLU is kept for plain regression.
public enum Activation: String, CaseIterable, Sendable {
    /// σ(z) = z.
    case identity
    /// σ(z) = max(z, 0); derivative 0 at z = 0.
    case relu
    /// σ(z) = tanh z.
    case tanh
    /// σ(z) = z / (1 + e^−z) (sigmoid-weighted linear unit, "swish").
    case silu
    /// σ(z) = z for z > 0, e^z − 1 otherwise (continuously differentiable ELU, α = 1).
    case celu
    /// σ(z) = ln(1 + e^z), computed without overflow.
    case softplus

    /// σ(z).
    @inlinable public func value(_ z: Double) -> Double {
        switch self {
        case .identity: z
        case .relu: Swift.max(z, 0)
        case .tanh: Foundation.tanh(z)
        case .silu: z / (1 + exp(-z))
        case .celu: z > 0 ? z : expm1(z)
        case .softplus: Swift.max(z, 0) + log1p(exp(-abs(z)))
        }
    }

    /// dσ/dz at z.
    @inlinable public func derivative(_ z: Double) -> Double {
        switch self {
        case .identity: return 1
        case .relu: return z > 0 ? 1 : 0
        case .tanh:
            let t = Foundation.tanh(z)
            return 1 - t * t
        case .silu:
            let s = 1 / (1 + exp(-z))
            return s * (1 + z * (1 - s))
        case .celu: return z > 0 ? 1 : exp(z)
        case .softplus: return 1 / (1 + exp(-z))
        }
    }

    /// d²σ/dz² at z (for forward-mode tangents through a network, e.g. training a potential on forces).
    @inlinable public func secondDerivative(_ z: Double) -> Double {
        switch self {
        case .identity, .relu: return 0
        case .tanh:
            let t = Foundation.tanh(z)
            return -2 * t * (1 - t * t)
        case .silu:
            let s = 1 / (1 + exp(-z))
            return s * (1 - s) * (2 + z * (1 - 2 * s))
        case .celu: return z > 0 ? 0 : exp(z)
        case .softplus:
            let s = 1 / (1 + exp(-z))
            return s * (1 - s)
        }
    }
}
