//! The power-loss scenario of `nicctl demo`: the verilated control plane (power sequencer inside)
//! on a simulated board, the host library as the BIOS through the register map, real files as
//! memory and vault disk. AC loss → shed → flag → reboot → save → all off; AC back → restore →
//! verify → flag cleared.

use nicctl::bios::{self, Boot, VaultSetup};
use nicctl::driver::SimulatedBoardBios;
use nicctl::vault::SaveOptions;
use serde_json::json;
use std::path::Path;

const STATE_RUN: u32 = 2;
const STATE_VAULT_WAIT: u32 = 7;
const STATE_AC_WAIT: u32 = 9;
const MEMORY_BYTES: usize = 8 << 20;

pub struct PowerLoss {
    pub summary: serde_json::Value,
    /// Every change of the rail enables: (cycle, rail_en).
    pub rails: Vec<(u64, u32)>,
    /// (cycle, what happened).
    pub events: Vec<(u64, &'static str)>,
}

pub fn run(dir: &Path, seed: u64) -> Result<PowerLoss, String> {
    let setup = VaultSetup {
        regions: vec![dir.join("dram0.bin"), dir.join("dram1.bin")],
        disk: dir.join("vault.img"),
        options: SaveOptions { chunk_bytes: 256 << 10 },
    };
    nicctl::vault::format_disk(&setup.disk, Some(32 << 20)).map_err(|e| e.to_string())?;
    let mut rng = nic_sim::stimulus::rng(seed);
    let memory: Vec<Vec<u8>> = (0..2)
        .map(|_| {
            let mut bytes = vec![0u8; MEMORY_BYTES / 2];
            rand::RngCore::fill_bytes(&mut rng, &mut bytes);
            bytes
        })
        .collect();
    for (path, bytes) in setup.regions.iter().zip(&memory) {
        std::fs::write(path, bytes).map_err(|e| e.to_string())?;
    }
    let mut board = SimulatedBoardBios::new(4).map_err(|e| e.to_string())?;
    board.sim().rail_trace = Some(Vec::new());
    let mut events = Vec::new();
    board.device.write("power.CONTROL", 1 << 2).map_err(|e| e.to_string())?;
    board.wait_for_state(STATE_RUN, 2000)?;
    events.push((board.sim().cycle, "running"));

    board.sim().ac_ok = false;
    events.push((board.sim().cycle, "AC lost"));
    board.wait_for_state(STATE_VAULT_WAIT, 2000)?;
    events.push((board.sim().cycle, "BIOS saving"));
    let Boot::Saved(saved) = bios::boot(&mut board, &setup)? else { return Err("the BIOS did not save".into()) };
    events.push((board.sim().cycle, "vault done"));
    board.wait_for_state(STATE_AC_WAIT, 2000)?;
    events.push((board.sim().cycle, "all off"));
    let vault = board.device.read_block(&nic_hdl::registers::map::POWER).map_err(|e| e.to_string())?;
    let get = |name: &str| vault.iter().find(|(n, _)| *n == name).map_or(0, |(_, v)| *v);
    let (vault_cycles, watchdog_expiries) = (get("LAST_VAULT_CYCLES"), get("WATCHDOG_EXPIRIES"));

    // Memory does not survive; AC returns, the board powers on, the BIOS restores.
    for path in &setup.regions {
        std::fs::write(path, vec![0u8; MEMORY_BYTES / 2]).map_err(|e| e.to_string())?;
    }
    board.sim().run(200);
    board.sim().ac_ok = true;
    events.push((board.sim().cycle, "AC back"));
    board.wait_for_state(STATE_RUN, 4000)?;
    let Boot::Restored(restored, verified) = bios::boot(&mut board, &setup)? else { return Err("the BIOS did not restore".into()) };
    events.push((board.sim().cycle, "restored"));
    let identical = setup.regions.iter().zip(&memory).all(|(p, m)| std::fs::read(p).is_ok_and(|b| &b == m));
    let flag_cleared = !nicctl::bios::PowerManager::power_off_flag(&mut board)?;
    let rails = board.sim().rail_trace.take().unwrap_or_default();
    let summary = json!({
        "memory_bytes": MEMORY_BYTES,
        "image_sequence": saved.sequence,
        "save_megabytes_per_second": saved.megabytes_per_second,
        "vault_cycles": vault_cycles,
        "vault_watchdog_cycles": nic_hdl::power::config::PowerTimers::simulation().vault_watchdog,
        "watchdog_expiries": watchdog_expiries,
        "restored_image": restored.sequence,
        "verified_image": verified.sequence,
        "memory_identical_after_restore": identical,
        "power_off_flag_cleared": flag_cleared,
    });
    if !identical || !flag_cleared {
        return Err(format!("power-loss scenario failed: {summary}"));
    }
    Ok(PowerLoss { summary, rails, events })
}
