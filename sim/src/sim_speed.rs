//! How fast each simulator runs the same block on the same stimulus (`nicctl bench sim-speed`).

use crate::models::axis::Beat;
use crate::models::skid_buffer::SkidInputs;
use crate::skid_testbench::{hdl_axis_skid_buffer, SkidDut};
use crate::stimulus::{rng, Handshake};
use crate::verilated::AxisSkidBuffer;
use std::time::Instant;

/// The Verilator options every model of this build was made with (sim/build.rs; extra ones come
/// from `NIC_VERILATOR_OPTIONS` at build time).
pub const VERILATOR_OPTIONS: &str = env!("NIC_SIM_VERILATOR_OPTIONS");

#[derive(Clone, Debug, PartialEq)]
pub struct SimulatorSpeed {
    pub simulator: &'static str,
    pub cycles: u64,
    pub seconds: f64,
    pub cycles_per_second: f64,
}

/// Drives `cycles` cycles of seeded random traffic and returns a digest of everything the DUT
/// drove, so both simulators can be checked to have done the same work.
fn free_run(dut: &mut dyn SkidDut<Beat>, cycles: u64) -> u64 {
    let mut rng = rng(2024);
    let handshake = Handshake { valid_percent: 75, ready_percent: 75, reset_one_in: 0 };
    let mut digest = 0u64;
    for cycle in 0..cycles {
        let inputs =
            SkidInputs { reset: cycle < 2, in_valid: handshake.valid(&mut rng), in_data: Beat::random(&mut rng), out_ready: handshake.ready(&mut rng) };
        dut.drive(&inputs);
        let out = dut.outputs();
        digest = digest.rotate_left(7) ^ out.out_data.map_or(0, |b| b.tdata) ^ out.in_ready as u64;
        dut.cycle();
    }
    digest
}

fn time(simulator: &'static str, dut: &mut dyn SkidDut<Beat>, cycles: u64) -> (SimulatorSpeed, u64) {
    let start = Instant::now();
    let digest = free_run(dut, cycles);
    let seconds = start.elapsed().as_secs_f64();
    (SimulatorSpeed { simulator, cycles, seconds, cycles_per_second: cycles as f64 / seconds }, digest)
}

/// Runs the `axis_skid_buffer` top in Verilator and in rust-hdl's simulator (stepped by hand).
/// Fails if the two did not drive identical outputs over the common prefix.
pub fn measure(verilator_cycles: u64, rust_hdl_cycles: u64) -> Result<Vec<SimulatorSpeed>, String> {
    let common = verilator_cycles.min(rust_hdl_cycles);
    let (a, b) = (free_run(&mut AxisSkidBuffer::new(), common), free_run(&mut hdl_axis_skid_buffer(), common));
    if a != b {
        return Err(format!("Verilator and rust-hdl disagree within {common} cycles"));
    }
    let (verilator, _) = time("verilator", &mut AxisSkidBuffer::new(), verilator_cycles);
    let (rust_hdl, _) = time("rust-hdl", &mut hdl_axis_skid_buffer(), rust_hdl_cycles);
    Ok(vec![verilator, rust_hdl])
}

/// The whole NIC core in Verilator under load: what long runs (`nicctl sim nic` under a Linux
/// guest, replays) are limited by.
#[derive(Clone, Debug, PartialEq)]
pub struct CoreSpeed {
    pub commands: u64,
    pub cycles: u64,
    pub seconds: f64,
    pub cycles_per_second: f64,
}

/// Runs `commands` NVMe commands (512 B to 8 KiB, reads and writes) over RoCEv2 through the
/// verilated `nic_core`, with the hosts' RC endpoints and controllers A and B as models: the
/// workload of the core's end-to-end tests. The time includes the models (the testbench a user runs).
pub fn nic_core(commands: u64) -> Result<CoreSpeed, String> {
    use crate::nvme::fabric::{Fabric, FabricConfig};
    use crate::nvme::links::Pressure;
    use crate::nvme::nic_core_rtl::NicCoreRtl;
    let config = FabricConfig { seed: 1, commands, max_bytes: 8 << 10, ..Default::default() };
    let nic = NicCoreRtl::new(1, config.heartbeat_timeout, 16, Pressure { valid_pct: 100, ready_pct: 100 });
    let mut fabric = Fabric::with_nic(config, nic);
    let start = Instant::now();
    fabric.run(100_000 + commands * 1_000)?;
    let seconds = start.elapsed().as_secs_f64();
    let cycles = fabric.nic.cycle;
    Ok(CoreSpeed { commands, cycles, seconds, cycles_per_second: cycles as f64 / seconds })
}
