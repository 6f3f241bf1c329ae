//! Registers: the map (one source for HDL, driver and docs) and its generated document.

pub mod map;
pub mod markdown;
