//! What surrounds the sequencer on the board: rails that answer their enables with power-good,
//! and the BIOS that answers a reboot during a vault.

use super::RAILS;
use crate::models::power::{PowerOutputs, PowerState};

/// The rails: each answers its enable with power-good after a delay, unless told to misbehave.
#[derive(Clone, Debug)]
pub struct Board {
    /// Cycles from enable to power-good, per rail; `None`: the power-good never comes.
    pub pg_delay: [Option<u32>; RAILS],
    /// Power-goods forced low (a failing supply), whatever the enable.
    pub pg_forced_low: u32,
    enabled_for: [u32; RAILS],
}

impl Board {
    pub fn healthy(delay: u32) -> Self {
        Self { pg_delay: [Some(delay); RAILS], pg_forced_low: 0, enabled_for: [0; RAILS] }
    }

    /// Power-goods for this cycle, given the enables the sequencer drives.
    pub fn pg(&mut self, rail_en: u32) -> u32 {
        let mut pg = 0;
        for r in 0..RAILS {
            if rail_en >> r & 1 == 1 {
                self.enabled_for[r] = self.enabled_for[r].saturating_add(1);
                if self.pg_delay[r].is_some_and(|d| self.enabled_for[r] > d) {
                    pg |= 1 << r;
                }
            } else {
                self.enabled_for[r] = 0;
            }
        }
        pg & !self.pg_forced_low
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BiosBehaviour {
    /// Saves memory and says done after this many cycles.
    Done(u32),
    Fails(u32),
    /// Raises done and failed together.
    Both(u32),
    /// Never answers.
    Hangs,
    /// Answers `Bios::host_answer`, set by host software acting as the BIOS (tests/).
    Host,
}

/// The BIOS side of the vault: it starts when the reboot pulse ends and holds its answer until
/// the sequencer leaves the vault.
#[derive(Clone, Debug)]
pub struct Bios {
    pub behaviour: BiosBehaviour,
    /// A stale `done` held from before the reboot (must be ignored).
    pub stale_done: bool,
    booted_for: Option<u32>,
    reboot_seen: bool,
    /// (`bios_vault_done`, `bios_vault_failed`) driven as they are while the behaviour is `Host`.
    pub host_answer: (bool, bool),
}

impl Bios {
    pub fn new(behaviour: BiosBehaviour) -> Self {
        Self { behaviour, stale_done: false, booted_for: None, reboot_seen: false, host_answer: (false, false) }
    }

    /// (`bios_vault_done`, `bios_vault_failed`) for this cycle.
    pub fn answer(&mut self, out: &PowerOutputs) -> (bool, bool) {
        if self.behaviour == BiosBehaviour::Host {
            return self.host_answer;
        }
        if out.cpu_reboot {
            self.reboot_seen = true;
            self.stale_done = false;
        } else if self.reboot_seen && self.booted_for.is_none() {
            self.booted_for = Some(0);
        }
        if !matches!(out.state, PowerState::Reboot | PowerState::VaultWait) && self.booted_for.is_some() {
            self.booted_for = None;
            self.reboot_seen = false;
        }
        let Some(t) = self.booted_for.as_mut() else { return (self.stale_done, false) };
        *t += 1;
        match self.behaviour {
            BiosBehaviour::Done(d) => (*t > d, false),
            BiosBehaviour::Fails(d) => (false, *t > d),
            BiosBehaviour::Both(d) => (*t > d, *t > d),
            BiosBehaviour::Hangs => (false, false),
            BiosBehaviour::Host => self.host_answer,
        }
    }
}

