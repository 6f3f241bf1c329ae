//! What the BIOS does at boot about the power-loss vault (docs/vault.md), written
//! against the power manager's controls so the same logic runs on the board (register bridge)
//! and against the simulated sequencer (tests/power_vault.rs).

use crate::vault::{self, RestoreReport, SaveOptions, SaveReport, VerifyReport};
use std::path::{Path, PathBuf};

/// The power manager's controls the BIOS uses.
pub trait PowerManager {
    /// The persistent power-off flag: set when external power was lost while running.
    fn power_off_flag(&mut self) -> Result<bool, String>;
    /// True while the sequencer, running on backup power, waits for the BIOS to save memory.
    fn vault_requested(&mut self) -> Result<bool, String>;
    /// Tells the sequencer the save finished (`saved`) or failed; either way it then cuts power.
    fn vault_finished(&mut self, saved: bool) -> Result<(), String>;
    fn clear_power_off_flag(&mut self) -> Result<(), String>;
    /// Called after each chunk saved; returning false stops the save (e.g. the disk lost power).
    fn saving(&mut self, _chunks_done: u64, _chunks: u64) -> bool {
        true
    }
}

/// Where memory lives and where the vault is.
pub struct VaultSetup {
    pub regions: Vec<PathBuf>,
    pub disk: PathBuf,
    pub options: SaveOptions,
}

#[derive(Debug)]
pub enum Boot {
    /// No power loss to deal with.
    Normal,
    /// Memory was saved; the sequencer now cuts all power.
    Saved(SaveReport),
    /// Memory was restored from the vault, verified byte for byte, and the flag cleared.
    Restored(RestoreReport, VerifyReport),
}

/// The vault step of a boot. A failed save is reported to the sequencer as failed; a refused
/// restore leaves the power-off flag set, so the next boot still knows memory was not restored.
pub fn boot(power: &mut dyn PowerManager, setup: &VaultSetup) -> Result<Boot, String> {
    if !power.power_off_flag()? {
        return Ok(Boot::Normal);
    }
    if power.vault_requested()? {
        let saved = vault::save(&setup.regions, &setup.disk, &setup.options, &mut |done, total| power.saving(done, total));
        power.vault_finished(saved.is_ok())?;
        return saved.map(Boot::Saved).map_err(|e| format!("vault save failed: {e}"));
    }
    let restored = restore_and_verify(&setup.disk, &setup.regions)
        .map_err(|e| format!("memory not restored: {e}; the power-off flag stays set"))?;
    power.clear_power_off_flag()?;
    Ok(Boot::Restored(restored.0, restored.1))
}

fn restore_and_verify(disk: &Path, regions: &[PathBuf]) -> Result<(RestoreReport, VerifyReport), vault::VaultError> {
    let restored = vault::restore(disk, None, regions)?;
    let verified = vault::verify(disk, Some(restored.sequence), regions)?;
    Ok((restored, verified))
}
