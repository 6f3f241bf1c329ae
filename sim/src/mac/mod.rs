//! Driving the MAC (issue 27): bursts on GMII, several clocks, and the whole MAC's testbench.

pub mod bursts;
pub mod clock_domains;
pub mod measure;
pub mod testbench;
