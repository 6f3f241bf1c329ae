//! NVMe over Fabrics: what the connectors read from command capsules and completions.

pub mod capsule;
