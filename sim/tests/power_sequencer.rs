//! The power sequencer in Verilator against its reference model and property monitors: directed
//! scenarios for every transition, then seeded random trouble on every input.

use nic_hdl::power::config::PowerTimers;
use nic_sim::models::power::PowerState;
use nic_sim::power::testbench::{random_run, Coverage, PowerBench};
use nic_sim::power::dut::hdl_power_sequencer;
use nic_sim::power::environment::BiosBehaviour;
use nic_sim::power::PROTECTED_MASK;
use nic_sim::stimulus::{seeds, soak};
use nic_sim::verilated::PowerSequencerSim;

fn timers() -> PowerTimers {
    PowerTimers::simulation()
}

/// Runs `scenario` on a fresh Verilator model, compared with the model every cycle.
fn scenario(name: &str, body: impl FnOnce(&mut PowerBench) -> Result<(), String>) {
    let mut dut = PowerSequencerSim::new();
    let mut bench = PowerBench::new(vec![&mut dut], &timers(), name);
    body(&mut bench).unwrap_or_else(|e| panic!("{e}"));
}

/// Drops AC for good (longer than the debounce) and returns the cycles until `Shed`.
fn lose_ac(b: &mut PowerBench) -> Result<u64, String> {
    b.inputs.ac_ok = false;
    b.run_until("vault starts", timers().ac_debounce as u64 + 3, |o| o.state == PowerState::Shed)
}

#[test]
fn powers_on_in_order_and_runs() {
    scenario("power on", |b| {
        b.power_on()?;
        let o = b.outputs();
        assert_eq!((o.rail_en, o.fault, o.power_off_flag), (0xff, false, false));
        Ok(())
    });
}

#[test]
fn vault_sheds_sets_flag_reboots_waits_for_bios_then_cuts_power() {
    scenario("vault, BIOS done", |b| {
        b.power_on()?;
        b.bios.behaviour = BiosBehaviour::Done(50);
        lose_ac(b)?;
        b.run_until("flag", 100, |o| o.power_off_flag)?;
        assert_eq!(b.outputs().rail_en, PROTECTED_MASK, "only the protected rails stay on");
        b.run_until("reboot", 5, |o| o.cpu_reboot)?;
        b.run_until("BIOS answered", 200, |o| o.state == PowerState::VaultOff)?;
        b.run_until("all off", 100, |o| o.rail_en == 0)?;
        let o = b.outputs();
        assert!(o.power_off_flag && !o.watchdog_expired && !o.vault_failed && o.vault_count == 1, "{o:?}");
        assert!(o.last_vault_cycles > 50, "{o:?}");
        // AC still down: stays off. AC back: powers on by itself, and the BIOS clears the flag.
        b.run(200)?;
        assert_eq!(b.outputs().state, PowerState::AcWait);
        b.inputs.ac_ok = true;
        b.run_until("restart", 1_000, |o| o.state == PowerState::Run)?;
        assert!(b.outputs().power_off_flag, "the flag survives until the BIOS restored the image");
        b.inputs.flag_clear = true;
        b.run(2)?;
        assert!(!b.outputs().power_off_flag);
        Ok(())
    });
}

#[test]
fn a_hung_bios_is_cut_off_by_the_watchdog_within_the_budget() {
    scenario("BIOS hangs", |b| {
        b.power_on()?;
        b.bios.behaviour = BiosBehaviour::Hangs;
        lose_ac(b)?;
        let took = b.run_until("all off", 10_000, |o| o.rail_en == 0)?;
        assert!(took <= timers().worst_case_vault_cycles(4), "{took} cycles");
        let o = b.outputs();
        assert!(o.watchdog_expired && o.watchdog_expiries == 1 && o.power_off_flag, "{o:?}");
        Ok(())
    });
}

#[test]
fn a_failed_vault_is_recorded_and_done_with_failed_counts_as_failed() {
    for (name, behaviour) in [("fails", BiosBehaviour::Fails(20)), ("both", BiosBehaviour::Both(20))] {
        scenario(name, |b| {
            b.power_on()?;
            b.bios.behaviour = behaviour;
            lose_ac(b)?;
            b.run_until("all off", 1_000, |o| o.rail_en == 0)?;
            assert!(b.outputs().vault_failed && !b.outputs().watchdog_expired);
            Ok(())
        });
    }
}

#[test]
fn a_done_left_over_from_before_the_reboot_is_ignored() {
    scenario("stale done", |b| {
        b.power_on()?;
        b.bios.behaviour = BiosBehaviour::Done(40);
        b.bios.stale_done = true;
        lose_ac(b)?;
        b.run_until("reboot", 100, |o| o.cpu_reboot)?;
        let waited = b.run_until("BIOS answered", 200, |o| o.state == PowerState::VaultOff)?;
        assert!(waited >= 40, "the vault ended {waited} cycles after reboot: the stale done counted");
        Ok(())
    });
}

#[test]
fn an_ac_glitch_shorter_than_the_debounce_changes_nothing() {
    scenario("AC glitch", |b| {
        b.power_on()?;
        b.inputs.ac_ok = false;
        b.run(timers().ac_debounce as u64 - 1)?;
        b.inputs.ac_ok = true;
        b.run(100)?;
        let o = b.outputs();
        assert_eq!((o.state, o.rail_en, o.ac_good, o.vault_count), (PowerState::Run, 0xff, true, 0));
        Ok(())
    });
}

#[test]
fn without_backup_power_everything_goes_off_and_the_vault_is_marked_impossible() {
    scenario("no backup", |b| {
        b.power_on()?;
        b.inputs.backup_ok = false;
        b.inputs.ac_ok = false;
        b.run_until("all off", 50, |o| o.rail_en == 0)?;
        let o = b.outputs();
        assert!(o.vault_impossible && !o.power_off_flag && o.state == PowerState::AcWait, "{o:?}");
        Ok(())
    });
}

#[test]
fn orderly_shutdown_turns_rails_off_in_reverse_order_without_a_vault() {
    scenario("orderly shutdown", |b| {
        b.power_on()?;
        b.inputs.orderly_shutdown = true;
        b.inputs.ac_ok = false;
        let mut seen = vec![];
        let mut last = b.outputs().rail_en;
        while b.outputs().state != PowerState::Off {
            let o = b.step()?;
            if o.rail_en != last {
                seen.push(o.rail_en);
                last = o.rail_en;
            }
        }
        assert_eq!(seen, [0x7f, 0x3f, 0x1f, 0x0f, 0x07, 0x03, 0x01, 0x00]);
        assert!(!b.outputs().power_off_flag && b.outputs().vault_count == 0);
        Ok(())
    });
}

#[test]
fn a_stuck_power_good_latches_a_fault_until_rearm() {
    scenario("stuck PG", |b| {
        b.board.pg_delay[3] = None;
        b.run_until("AC debounced", 100, |o| o.ac_good)?;
        b.inputs.power_button = true;
        b.run_until("fault", 500, |o| o.fault)?;
        let o = b.outputs();
        assert!(o.fault_pg_timeout && o.fault_rails == 1 << 3 && o.rail_en == 0 && o.state == PowerState::Fault, "{o:?}");
        b.inputs.power_button = true;
        b.run(100)?;
        assert_eq!(b.outputs().state, PowerState::Fault, "the button does not clear a fault");
        b.board.pg_delay[3] = Some(5);
        b.inputs.rearm = true;
        b.run(2)?;
        assert!(!b.outputs().fault && b.outputs().state == PowerState::Off);
        b.power_on()?;
        Ok(())
    });
}

#[test]
fn a_late_power_good_within_the_timeout_is_fine() {
    scenario("late PG", |b| {
        b.board.pg_delay[5] = Some(timers().pg_timeout - timers().pg_settle - 1);
        b.power_on()?;
        assert!(!b.outputs().fault);
        Ok(())
    });
}

#[test]
fn losing_a_power_good_while_running_cuts_every_rail() {
    scenario("PG lost", |b| {
        b.power_on()?;
        b.board.pg_forced_low = 1 << 6;
        let took = b.run_until("all off", 20, |o| o.rail_en == 0)?;
        assert!(took <= timers().pg_loss_filter as u64 + 1, "{took} cycles");
        let o = b.outputs();
        assert!(o.fault_pg_lost && o.fault_rails == 1 << 6, "{o:?}");
        Ok(())
    });
}

#[test]
fn ac_returning_mid_vault_does_not_abort_it_and_the_system_restarts() {
    scenario("AC back mid-vault", |b| {
        b.power_on()?;
        b.bios.behaviour = BiosBehaviour::Done(60);
        lose_ac(b)?;
        b.run(5)?;
        b.inputs.ac_ok = true;
        b.run_until("BIOS answered", 500, |o| o.state == PowerState::VaultOff)?;
        b.run_until("restart", 1_000, |o| o.state == PowerState::Run)?;
        assert_eq!(b.outputs().vault_count, 1);
        Ok(())
    });
}

#[test]
fn reset_turns_rails_off_but_keeps_the_persistent_flag() {
    scenario("reset mid-vault", |b| {
        b.power_on()?;
        b.bios.behaviour = BiosBehaviour::Hangs;
        lose_ac(b)?;
        b.run_until("flag", 50, |o| o.power_off_flag)?;
        b.inputs.reset = true;
        b.run(2)?;
        let o = b.outputs();
        assert!(o.rail_en == 0 && o.power_off_flag && o.vault_count == 1 && o.state == PowerState::Off, "{o:?}");
        Ok(())
    });
}

fn random_cycles() -> u64 {
    if soak() { 5_000_000 } else { 150_000 }
}

#[test]
fn random_trouble_on_every_input_matches_the_model_and_keeps_every_property() {
    let mut total = Coverage::default();
    for seed in seeds(&[1, 2, 3, 4, 5, 6, 7, 8]) {
        let mut dut = PowerSequencerSim::new();
        let coverage = random_run(vec![&mut dut], &timers(), seed, random_cycles()).unwrap_or_else(|e| panic!("{e}"));
        total.add(&coverage);
    }
    eprintln!("coverage: {total:?}");
    if std::env::var("NIC_SEED").is_err() {
        // The random traffic must actually reach every state and every way out of a vault.
        assert!(total.state_visits.iter().all(|&v| v > 0), "{total:?}");
        for (what, n) in [
            ("answered vaults", total.vaults_answered),
            ("watchdog expiries", total.watchdog_expiries),
            ("PG timeouts", total.pg_timeouts),
            ("PG losses", total.pg_losses),
            ("impossible vaults", total.vaults_impossible),
            ("orderly shutdowns", total.shutdowns),
        ] {
            assert!(n >= 3, "only {n} {what}: {total:?}");
        }
    }
}

/// Differential: rust-hdl's simulator and Verilator on the same random trouble.
#[test]
fn rust_hdl_simulator_and_verilator_agree() {
    for seed in seeds(&[21, 22]) {
        let (mut rtl, mut hdl) = (PowerSequencerSim::new(), hdl_power_sequencer(&timers()));
        random_run(vec![&mut rtl, &mut hdl], &timers(), seed, 40_000).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn ac_lost_during_power_on_switches_off_and_restarts_when_it_returns() {
    scenario("AC lost during power-on", |b| {
        b.board = nic_sim::power::environment::Board::healthy(6);
        b.run_until("AC debounced", 100, |o| o.ac_good)?;
        b.inputs.power_button = true;
        b.run_until("third rail", 200, |o| o.rail_en == 0b111)?;
        b.inputs.ac_ok = false;
        b.run_until("all off", 50, |o| o.rail_en == 0)?;
        let o = b.outputs();
        assert!(o.state == PowerState::AcWait && !o.vault_impossible && o.vault_count == 0, "{o:?}");
        b.inputs.ac_ok = true;
        b.run_until("restart", 1_000, |o| o.state == PowerState::Run)?;
        Ok(())
    });
}
