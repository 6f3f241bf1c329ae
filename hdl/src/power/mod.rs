//! The board power manager: rail sequencing and the power-loss vault.

pub mod config;
pub mod formal;
pub mod held_for;
pub mod sequencer;
pub mod step_timer;
