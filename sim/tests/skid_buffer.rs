//! The skid buffer against its reference model, in Verilator and in rust-hdl's simulator.

use nic_sim::models::axis::Beat;
use nic_sim::skid_testbench::*;
use nic_sim::stimulus::{seeds, soak, Handshake};
use nic_sim::verilated::{AxisSkidBuffer, WideSkidBuffer};

/// Random cycles per seed: 8 × 10^5 per top in the normal run; `NIC_SOAK=1` runs 10^7 per seed.
fn cycles() -> u64 {
    if soak() { 10_000_000 } else { 100_000 }
}

const SEEDS: &[u64] = &[1, 2, 3, 4, 5, 6, 7, 8];

#[test]
fn axis_skid_buffer_in_verilator_matches_the_model() {
    for seed in seeds(SEEDS) {
        let mut dut = AxisSkidBuffer::new();
        let report = run_against_model(&mut [&mut dut], seed, cycles(), None, Beat::random).unwrap();
        assert!(report.delivered > 0, "seed {seed}: nothing flowed: {report:?}");
    }
}

#[test]
fn wide_skid_buffer_in_verilator_matches_the_model() {
    for seed in seeds(SEEDS) {
        let mut dut = WideSkidBuffer::new();
        let report = run_against_model(&mut [&mut dut], seed, cycles(), None, random_wide_item).unwrap();
        assert!(report.delivered > 0, "seed {seed}: nothing flowed: {report:?}");
    }
}

/// Differential: rust-hdl's simulator and the Verilator model of the Verilog it generated see the
/// same stimulus and must agree with the model (so with each other) every cycle.
#[test]
fn rust_hdl_simulator_and_verilator_agree() {
    for seed in seeds(&[11, 12]) {
        let (mut rtl, mut hdl) = (AxisSkidBuffer::new(), hdl_axis_skid_buffer());
        run_against_model(&mut [&mut rtl, &mut hdl], seed, cycles() / 2, None, Beat::random).unwrap();
        let (mut rtl, mut hdl) = (WideSkidBuffer::new(), hdl_wide_skid_buffer());
        run_against_model(&mut [&mut rtl, &mut hdl], seed, cycles() / 2, None, random_wide_item).unwrap();
    }
}

#[test]
fn moves_one_beat_every_cycle_without_back_pressure() {
    let full_rate = Handshake { valid_percent: 100, ready_percent: 100, reset_one_in: 0 };
    let mut dut = AxisSkidBuffer::new();
    let report = run_against_model(&mut [&mut dut], 99, 10_000, Some(full_rate), Beat::random).unwrap();
    // Two reset cycles, then one cycle of latency through the register.
    assert!(report.delivered >= report.cycles - 3, "{report:?}");
}

#[test]
fn holds_everything_under_constant_back_pressure() {
    let stalled = Handshake { valid_percent: 100, ready_percent: 0, reset_one_in: 0 };
    let mut dut = AxisSkidBuffer::new();
    let report = run_against_model(&mut [&mut dut], 7, 1_000, Some(stalled), Beat::random).unwrap();
    assert_eq!((report.accepted, report.delivered), (2, 0), "exactly two entries fill, then ready falls");
}

/// The oracle must be able to fail: a buffer that drops the parked item is caught.
#[test]
fn the_testbench_catches_a_lost_item() {
    struct DropsParked(AxisSkidBuffer, u64);
    impl SkidDut<Beat> for DropsParked {
        fn drive(&mut self, i: &nic_sim::models::skid_buffer::SkidInputs<Beat>) {
            let mut i = i.clone();
            self.1 += 1;
            // Flip one data bit on every 1000th cycle's input: silent corruption.
            if self.1 % 1000 == 0 {
                i.in_data.tdata ^= 1;
            }
            self.0.drive(&i)
        }
        fn outputs(&self) -> nic_sim::models::skid_buffer::SkidOutputs<Beat> {
            self.0.outputs()
        }
        fn cycle(&mut self) {
            self.0.cycle()
        }
        fn name(&self) -> &'static str {
            "corrupting wrapper"
        }
    }
    let mut dut = DropsParked(AxisSkidBuffer::new(), 0);
    let err = run_against_model(&mut [&mut dut], 5, 20_000, None, Beat::random).unwrap_err();
    assert!(err.contains("seed 5"), "{err}");
}
