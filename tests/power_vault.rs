//! Power loss end to end: the verilated power sequencer (checked against its model and every
//! docs/power-sequencer.md property, cycle by cycle) with the host library acting as the BIOS.
//! AC loss → shed → flag → reboot → the BIOS sees the flag and saves memory → done → all off;
//! AC back → power on → the BIOS restores memory, verifies it byte for byte, clears the flag.
//! And a BIOS that hangs mid-save: the watchdog cuts power, the next boot refuses the image.

use nic_hdl::power::config::PowerTimers;
use nic_sim::models::power::PowerState;
use nic_sim::power::testbench::PowerBench;
use nic_sim::power::environment::{Bios, BiosBehaviour};
use nic_sim::power::PROTECTED_MASK;
use nic_sim::stimulus::{rng, TestRng};
use nic_sim::verilated::PowerSequencerSim;
use nicctl::bios::{self, Boot, PowerManager, VaultSetup};
use nicctl::vault::SaveOptions;
use rand::RngCore;

/// Rail indices in `BOARD_RAILS`.
const CPU: u32 = 2;
const VAULT_DISK: u32 = 3;
/// Disk time per saved chunk, in sequencer cycles (the simulation's watchdog is 300 cycles).
const CYCLES_PER_CHUNK: u64 = 4;
const MEMORY_BYTES: usize = 8 << 20;
const CHUNK: u64 = 256 << 10;

/// The board as the BIOS sees it: each control is a register access costing a cycle, and saving
/// a chunk costs disk time. A hung BIOS stops making progress; a CPU without power does nothing.
struct SimulatedBoard<'a> {
    bench: PowerBench<'a>,
    hang_after_chunks: Option<u64>,
}

impl SimulatedBoard<'_> {
    fn rail_on(&self, rail: u32) -> bool {
        self.bench.outputs().rail_en >> rail & 1 == 1
    }

    fn tick(&mut self) -> Result<(), String> {
        self.bench.step().map(|_| ())
    }
}

impl PowerManager for SimulatedBoard<'_> {
    fn power_off_flag(&mut self) -> Result<bool, String> {
        self.tick()?;
        Ok(self.bench.outputs().power_off_flag)
    }

    fn vault_requested(&mut self) -> Result<bool, String> {
        self.tick()?;
        Ok(self.bench.outputs().state == PowerState::VaultWait)
    }

    fn vault_finished(&mut self, saved: bool) -> Result<(), String> {
        if self.rail_on(CPU) {
            self.bench.bios.host_answer = (saved, !saved);
        }
        self.tick()
    }

    fn clear_power_off_flag(&mut self) -> Result<(), String> {
        self.bench.inputs.flag_clear = true;
        self.tick()
    }

    fn saving(&mut self, chunks_done: u64, _chunks: u64) -> bool {
        if Some(chunks_done) == self.hang_after_chunks {
            // Hung: the clock runs on until the watchdog takes the disk's power away.
            while self.rail_on(VAULT_DISK) {
                self.tick().expect("the sequencer matches its model and properties");
            }
            return false;
        }
        for _ in 0..CYCLES_PER_CHUNK {
            self.tick().expect("the sequencer matches its model and properties");
        }
        self.rail_on(VAULT_DISK)
    }
}

fn fill(rng: &mut TestRng, setup: &VaultSetup) -> Vec<Vec<u8>> {
    setup
        .regions
        .iter()
        .map(|path| {
            let mut bytes = vec![0; MEMORY_BYTES / 2];
            rng.fill_bytes(&mut bytes);
            std::fs::write(path, &bytes).unwrap();
            bytes
        })
        .collect()
}

/// Two memory regions and a formatted 32 MiB vault disk in `dir`.
fn vault_setup(dir: &std::path::Path) -> VaultSetup {
    let setup = VaultSetup {
        regions: vec![dir.join("dram0.bin"), dir.join("dram1.bin")],
        disk: dir.join("vault.img"),
        options: SaveOptions { chunk_bytes: CHUNK },
    };
    nicctl::vault::format_disk(&setup.disk, Some(32 << 20)).unwrap();
    setup
}

fn memory(setup: &VaultSetup) -> Vec<Vec<u8>> {
    setup.regions.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

fn ac_loss_until_bios_runs(board: &mut SimulatedBoard) -> Result<(), String> {
    board.bench.inputs.ac_ok = false;
    board.bench.run_until("the BIOS runs after the reboot", 200, |o| o.state == PowerState::VaultWait)?;
    let out = board.bench.outputs();
    assert_eq!(out.rail_en, PROTECTED_MASK, "only CPU, memory, vault disk and BIOS flash stay on");
    assert!(out.power_off_flag);
    Ok(())
}

fn all_off(board: &mut SimulatedBoard) -> Result<u64, String> {
    board.bench.run_until("all rails off", 100, |o| o.rail_en == 0 && o.state == PowerState::AcWait)
}

fn ac_back_until_running(board: &mut SimulatedBoard) -> Result<(), String> {
    board.bench.bios.host_answer = (false, false); // the CPU lost power with everything else
    board.bench.inputs.ac_ok = true;
    board.bench.run_until("running again", 1000, |o| o.state == PowerState::Run).map(|_| ())
}

#[test]
fn power_loss_saves_memory_and_the_next_boot_restores_it_and_a_hung_bios_is_cut_off() -> Result<(), String> {
    let rng = &mut rng(2026);
    let dir = tempfile::tempdir().unwrap();
    let setup = vault_setup(dir.path());
    let timers = PowerTimers::simulation();
    let mut dut = PowerSequencerSim::new();
    let mut bench = PowerBench::new(vec![&mut dut], &timers, "power vault end to end");
    bench.bios = Bios::new(BiosBehaviour::Host);
    let mut board = SimulatedBoard { bench, hang_after_chunks: None };
    board.bench.power_on()?;
    assert!(matches!(bios::boot(&mut board, &setup)?, Boot::Normal), "a first boot has nothing to do");

    // Power loss: the BIOS saves memory, the sequencer then cuts everything.
    let saved_memory = fill(rng, &setup);
    ac_loss_until_bios_runs(&mut board)?;
    let Boot::Saved(report) = bios::boot(&mut board, &setup)? else { panic!("the BIOS saves after a power loss") };
    assert_eq!((report.sequence, report.payload_bytes), (1, MEMORY_BYTES as u64));
    all_off(&mut board)?;
    let out = board.bench.outputs();
    assert!(out.power_off_flag && !out.watchdog_expired && !out.vault_failed && out.vault_count == 1);
    assert!(out.last_vault_cycles < timers.vault_watchdog, "saved within the energy budget: {} cycles", out.last_vault_cycles);

    // Memory does not survive the power cut; the next boot brings it back and clears the flag.
    fill(rng, &setup);
    ac_back_until_running(&mut board)?;
    let Boot::Restored(restored, verified) = bios::boot(&mut board, &setup)? else { panic!("the BIOS restores after a vault") };
    assert_eq!((restored.sequence, verified.sequence), (1, 1));
    assert!(memory(&setup) == saved_memory, "memory restored byte for byte");
    board.bench.run(2)?;
    assert!(!board.bench.outputs().power_off_flag, "the flag is cleared after a verified restore");
    assert!(matches!(bios::boot(&mut board, &setup)?, Boot::Normal));

    // A BIOS that hangs after 5 chunks: the watchdog cuts power; nothing was committed.
    fill(rng, &setup);
    ac_loss_until_bios_runs(&mut board)?;
    board.hang_after_chunks = Some(5);
    let error = bios::boot(&mut board, &setup).unwrap_err();
    assert!(error.contains("stopped after 5 of"), "{error}");
    all_off(&mut board)?;
    let out = board.bench.outputs();
    assert!(out.watchdog_expired && out.watchdog_expiries == 1 && out.power_off_flag, "{out:?}");
    board.hang_after_chunks = None;

    // The next boot refuses the incomplete image, says why and names the intact one; the flag stays.
    ac_back_until_running(&mut board)?;
    let error = bios::boot(&mut board, &setup).unwrap_err();
    assert!(
        error.contains("refusing to restore image 2: incomplete") && error.contains("--sequence 1") && error.contains("flag stays set"),
        "{error}"
    );
    board.bench.run(2)?;
    assert!(board.bench.outputs().power_off_flag);
    Ok(())
}

/// The same BIOS code through the register map: the driver reads `power.STATUS` and writes
/// `power.CONTROL` of the verilated control plane (the sequencer inside it) over the direct bus
/// port — the UART's bit times would not fit the simulation timers' 300-cycle vault budget.
#[test]
fn the_bios_through_the_register_map_saves_and_restores() {
    let rng = &mut rng(7);
    let dir = tempfile::tempdir().unwrap();
    let setup = vault_setup(dir.path());
    let mut board = nicctl::driver::SimulatedBoardBios::new(CYCLES_PER_CHUNK).unwrap();
    const RUN: u32 = 2;
    const VAULT_WAIT: u32 = 7;
    const AC_WAIT: u32 = 9;
    board.device.write("power.CONTROL", 1 << 2).unwrap(); // the power button, as a register
    board.wait_for_state(RUN, 2000).unwrap();
    assert!(matches!(bios::boot(&mut board, &setup).unwrap(), Boot::Normal));

    let saved_memory = fill(rng, &setup);
    board.sim().ac_ok = false;
    board.wait_for_state(VAULT_WAIT, 2000).unwrap();
    assert_eq!(board.sim().rail_en(), PROTECTED_MASK);
    let Boot::Saved(report) = bios::boot(&mut board, &setup).unwrap() else { panic!("the BIOS saves") };
    assert_eq!(report.payload_bytes, MEMORY_BYTES as u64);
    board.wait_for_state(AC_WAIT, 2000).unwrap();
    assert_eq!(board.sim().rail_en(), 0);
    let status = board.device.read_block(&nic_hdl::registers::map::POWER).unwrap();
    let get = |name: &str| status.iter().find(|(n, _)| *n == name).unwrap().1;
    assert_eq!(get("VAULT_COUNT"), 1);
    assert!(get("LAST_VAULT_CYCLES") < PowerTimers::simulation().vault_watchdog);
    assert_eq!(get("WATCHDOG_EXPIRIES"), 0);

    fill(rng, &setup);
    board.sim().ac_ok = true;
    board.wait_for_state(RUN, 2000).unwrap();
    let Boot::Restored(..) = bios::boot(&mut board, &setup).unwrap() else { panic!("the BIOS restores") };
    assert!(memory(&setup) == saved_memory, "memory restored byte for byte");
    assert!(!board.device.power_off_flag().unwrap(), "the flag is cleared through power.CONTROL");
}
