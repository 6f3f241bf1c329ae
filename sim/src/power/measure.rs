//! Cycle counts of the vault flow, measured in Verilator (`nicctl bench power`).

use super::testbench::PowerBench;
use super::dut::PowerDut;
use super::environment::BiosBehaviour;
use super::PROTECTED;
use crate::models::power::PowerState;
use nic_hdl::power::config::PowerTimers;

#[derive(Clone, Debug, PartialEq)]
pub struct VaultTiming {
    /// From `ac_ok` falling to `cpu_reboot` rising.
    pub ac_loss_to_reboot_cycles: u64,
    /// The part of it that is the debounce window.
    pub ac_debounce_cycles: u64,
    /// From `ac_ok` falling to every rail off, with a BIOS that never answers.
    pub bios_hang_to_all_off_cycles: Option<u64>,
    /// The bound the design guarantees for that (watchdog + protected rails' off steps), from
    /// the start of the vault.
    pub vault_budget_cycles: u64,
}

/// Powers `dut` on with `timers`, pulls AC, and counts. The BIOS hang is measured only when
/// `measure_hang` (with the board's 30 s watchdog it is 3·10^9 cycles).
pub fn measure(dut: &mut dyn PowerDut, timers: &PowerTimers, measure_hang: bool) -> Result<VaultTiming, String> {
    let mut bench = PowerBench::new(vec![dut], timers, "bench power");
    bench.board = super::environment::Board::healthy(10);
    bench.bios.behaviour = BiosBehaviour::Hangs;
    bench.power_on()?;
    bench.run(10)?;
    bench.inputs.ac_ok = false;
    let budget = timers.worst_case_vault_cycles(PROTECTED);
    let limit = timers.ac_debounce as u64 + budget + 100;
    let ac_loss_to_reboot_cycles = bench.run_until("cpu_reboot", limit, |o| o.cpu_reboot)? + 1;
    let bios_hang_to_all_off_cycles = if measure_hang {
        let rest = bench.run_until("all rails off", limit, |o| o.rail_en == 0 && o.state != PowerState::Run)? + 1;
        Some(ac_loss_to_reboot_cycles + rest)
    } else {
        None
    };
    Ok(VaultTiming {
        ac_loss_to_reboot_cycles,
        ac_debounce_cycles: timers.ac_debounce as u64,
        bios_hang_to_all_off_cycles,
        vault_budget_cycles: budget,
    })
}
