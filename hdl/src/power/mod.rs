//! The board power manager: rail sequencing and the power-loss vault.

pub mod config;
pub mod formal;
pub mod sequencer;
