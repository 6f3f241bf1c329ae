//! The host side of the NIC and power manager: the driver library behind `nicctl`.

pub mod bios;
pub mod driver;
pub mod vault;
