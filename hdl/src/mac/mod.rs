//! The gigabit Ethernet MAC (issue 27): GMII inside, RGMII at the pins.

pub mod gmii_rx;
pub mod gmii_tx;
