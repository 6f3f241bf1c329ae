//! The connector RTL (dispatcher, two connectors, failover supervisor) in Verilator, in the
//! message-level system of hosts and controllers that checks the connector model: every command
//! completes once, every byte read back is the last one written, every bad input is counted.

use nic_sim::nvme::fabric::{Event, Fabric, FabricConfig, Nic};
use nic_sim::nvme::rtl::{ConnectorPairRtl, Pressure};
use nic_sim::stimulus::seeds;

const CLOCKS_PER_TICK: u64 = 16;

fn rtl_fabric(config: FabricConfig, pressure: Pressure) -> Fabric<ConnectorPairRtl> {
    let nic = ConnectorPairRtl::new(config.seed, config.heartbeat_timeout, CLOCKS_PER_TICK, pressure);
    Fabric::with_nic(config, nic)
}

fn run_clean(config: FabricConfig, pressure: Pressure) -> Fabric<ConnectorPairRtl> {
    let seed = config.seed;
    let mut fabric = rtl_fabric(config, pressure);
    let result = fabric.run(400_000);
    let (h, n) = (&fabric.host.counters, fabric.nic.counters());
    let label = format!("seed {seed} (replay with NIC_SEED={seed}) at cycle {}: host {h:?}\nnic {n:?}", fabric.nic.cycle);
    result.unwrap_or_else(|e| panic!("{e}\n{label}"));
    assert!(fabric.nic.protocol_errors.is_empty(), "{label}\n{:?}", fabric.nic.protocol_errors);
    assert_eq!((h.io_errors, h.data_mismatches, h.unexpected_completions, h.bad_rdma_access), (0, 0, 0, 0), "{label}");
    assert_eq!(h.completed, h.issued, "{label}");
    fabric
}

#[test]
fn commands_complete_once_with_the_right_data_through_the_rtl() {
    for seed in seeds(&[1, 2]) {
        let pressure = Pressure { valid_pct: 80, ready_pct: 75 };
        let config = FabricConfig { seed, commands: 400, bound_to_b: vec![2, 5, 7], ..Default::default() };
        let fabric = run_clean(config, pressure);
        let n = fabric.nic.counters();
        assert_eq!(n.completions_delivered, fabric.host.counters.completed, "seed {seed}");
        assert_eq!((n.unknown_qp, n.duplicate_cid, n.malformed_capsule, n.cqe_unknown_cid, n.wqe_malformed), (0, 0, 0, 0, 0), "seed {seed}: {n:?}");
        eprintln!("seed {seed}: {} commands in {} cycles; {n:?}", fabric.host.counters.completed, fabric.nic.cycle);
    }
}

#[test]
fn a_pulled_link_fails_over_to_b_through_the_rtl() {
    for seed in seeds(&[1, 2]) {
        let pressure = Pressure { valid_pct: 80, ready_pct: 75 };
        let at = 300 + seed * 37 % 400;
        let config = FabricConfig { seed, commands: 600, bound_to_b: vec![3, 6], events: vec![(at, Event::LinkDown(0))], ..Default::default() };
        let fabric = run_clean(config, pressure);
        let n = fabric.nic.counters();
        assert_eq!(n.failovers, 1, "seed {seed}: {n:?}");
        eprintln!("seed {seed}: {n:?}");
    }
}
