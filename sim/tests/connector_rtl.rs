//! The connector RTL (dispatcher, two connectors, failover supervisor) in Verilator, in the
//! message-level system of hosts and controllers that checks the connector model (issues 5, 6):
//! every command completes once, every byte read back is the last one written, failover in every
//! way the issue lists, and every bad input dropped and counted as the model counts it.

use nic_hdl::link::message::{Message, MessageType};
use nic_hdl::nvme::capsule::{Cqe, Status};
use nic_sim::nvme::connector::{ConnectorModel, HostIn, HostOp, Outputs, DEFAULT_SLOTS};
use nic_sim::nvme::fabric::{Event, Fabric, FabricConfig, Nic};
use nic_sim::nvme::connector_pair_rtl::{ConnectorPairRtl, Pressure};
use nic_sim::nvme::scenarios::{base, both_down, cqe_wqe, failover_seeds, heartbeat_loss, link_pull, read_capsule, return_and_failback, run_clean};
use nic_sim::stimulus::{seeds, soak};

const CLOCKS_PER_TICK: u64 = 16;
const PRESSURE: Pressure = Pressure { valid_pct: 80, ready_pct: 75 };
const MAX_TICKS: u64 = 400_000;

fn rtl(config: FabricConfig) -> Fabric<ConnectorPairRtl> {
    let nic = ConnectorPairRtl::new(config.seed, config.heartbeat_timeout, CLOCKS_PER_TICK, PRESSURE);
    Fabric::with_nic(config, nic)
}

fn run(config: FabricConfig, allowed: &[Status]) -> Fabric<ConnectorPairRtl> {
    let fabric = run_clean(rtl(config), allowed, MAX_TICKS);
    let seed = fabric.config.seed;
    assert!(fabric.nic.protocol_errors.is_empty(), "seed {seed} (replay with NIC_SEED={seed}): {:?}", fabric.nic.protocol_errors);
    // Every WRITE the requester refused is one the connector abandoned, and none reached a host.
    assert_eq!(fabric.nic.writes_refused, fabric.nic.counters().writes_truncated, "seed {seed}");
    fabric
}

/// Failover runs: 150 commands of up to 8 KiB each (64 KiB ones run in the I/O test).
fn small(seed: u64) -> FabricConfig {
    FabricConfig { max_bytes: 8 << 10, ..base(seed, 150) }
}

#[test]
fn random_io_of_512_bytes_to_64_kib_completes_once_with_the_right_data() {
    for seed in seeds(&[1, 2]) {
        let config = FabricConfig { seed, commands: 400, bound_to_b: vec![2, 5, 7], free_cids: seed % 2 == 0, ..Default::default() };
        let fabric = run(config, &[]);
        let (h, n) = (&fabric.host.counters, fabric.nic.counters());
        let label = format!("seed {seed}: {h:?} {n:?}");
        assert_eq!(h.completed, 400 + 9, "{label}");
        assert!(h.reads > 100 && h.writes > 100 && h.bytes_read > 4 << 20, "{label}");
        assert_eq!((n.commands_forwarded, n.completions_delivered), (h.completed, h.completed), "{label}");
        assert_eq!((n.unknown_qp, n.slots_full, n.malformed_capsule, n.cqe_unknown_cid, n.wqe_malformed, n.wrong_link), (0, 0, 0, 0, 0, 0), "{label}");
        assert!(fabric.controllers.iter().all(|c| c.counters.completed > 50), "{label}");
    }
}

#[test]
fn a_link_pulled_at_a_random_moment_fails_over_to_b() {
    let (mut truncated, mut replayed) = (0, 0);
    // Found by the soak: a failed controller's late READ data met a read-table entry just given to
    // a new READ (327), in the very cycle after (460: the table's read port still showed the old
    // entry, and the late data freed the new READ's entry).
    let regression = if !soak() && std::env::var("NIC_SEED").is_err() { vec![327, 460] } else { vec![] };
    for seed in failover_seeds().into_iter().chain(regression) {
        let fabric = run(link_pull(small(seed), 50..600), &[]);
        let n = fabric.nic.counters();
        assert_eq!(n.failovers, 1, "seed {seed}: {n:?}");
        assert_eq!(fabric.nic.fence_backend(), [true, false], "A fenced at the back end (seed {seed})");
        assert!(n.cqe_unknown_cid == 0 && n.wrong_link == 0, "seed {seed}: {n:?}");
        truncated += n.writes_truncated;
        replayed += n.commands_replayed;
    }
    // Among the runs: A lost in the middle of an RDMA WRITE, and commands replayed on B.
    assert!(truncated > 0 && replayed > 0, "truncated {truncated}, replayed {replayed}");
}

#[test]
fn heartbeats_stop_while_the_link_stays_up() {
    for seed in failover_seeds().into_iter().take(20) {
        let fabric = run(heartbeat_loss(small(seed), 50..600), &[]);
        let n = fabric.nic.counters();
        assert_eq!(n.failovers, 1, "seed {seed}: {n:?}");
        assert_eq!(fabric.nic.fence_backend(), [true, false], "seed {seed}");
    }
}

#[test]
fn a_returning_controller_is_fenced_first_and_serves_again_after_failback() {
    let mut late = 0;
    for seed in failover_seeds().into_iter().take(20) {
        let config = return_and_failback(FabricConfig { commands: 1000, ..small(seed) }, 50..400, 100..300);
        let up = config.events[1].0;
        let mut fabric = rtl(FabricConfig { events: config.events[..2].to_vec(), ..config });
        // The operator fails back once A serves again (readmitted after its FENCE_ACKs).
        while fabric.now <= up || fabric.nic.dut.available() != 0b11 {
            fabric.step();
        }
        let failback_at = fabric.now + 1;
        fabric.config.events.push((failback_at, Event::Failback));
        while fabric.now <= failback_at {
            fabric.step();
        }
        let a_before = fabric.controllers[0].counters.commands;
        assert!(fabric.host.outstanding() > 0, "still under load at the failback (seed {seed})");
        let fabric = run_clean(fabric, &[], MAX_TICKS);
        let n = fabric.nic.counters();
        assert_eq!((n.failovers, n.failbacks), (1, 1), "seed {seed}: {n:?}");
        assert_eq!(fabric.failbacks, vec![true], "seed {seed}");
        assert_eq!(fabric.controllers[0].counters.fences, 2, "A got FENCE on both its links (seed {seed})");
        assert_eq!(fabric.nic.fence_backend(), [false, false], "A readmitted (seed {seed})");
        assert!(fabric.controllers[0].counters.commands > a_before, "A serves its QPs again after the failback (seed {seed})");
        late += n.late_discarded;
    }
    assert!(late > 0, "A's late messages were discarded somewhere");
}

#[test]
fn both_controllers_down_completes_everything_with_path_errors_and_recovers() {
    for seed in failover_seeds().into_iter().take(20) {
        let config = both_down(FabricConfig { commands: 1500, ..small(seed) }, 50..400, 2, 100);
        let fabric = run(config, &[Status::HOST_PATHING_ERROR]);
        let (h, n) = (&fabric.host.counters, fabric.nic.counters());
        assert!(h.path_errors > 0 && n.path_errors_sent == h.path_errors, "seed {seed}: {h:?} {n:?}");
        assert_eq!(n.failovers, 2, "seed {seed}");
        assert!(h.completed - h.path_errors > 100, "I/O resumed on B (seed {seed}): {h:?}");
    }
}


#[test]
fn every_bad_input_is_dropped_and_counted_as_the_model_counts_it() {
    let mut model = ConnectorModel::new(2, 100);
    let mut dut = ConnectorPairRtl::new(1, 0, CLOCKS_PER_TICK, PRESSURE);
    for nic in [&mut model as &mut dyn Nic, &mut dut] {
        nic.add_qp(3, 1, 0);
        nic.add_qp(4, 0, 1);
    }
    let mut too_long = read_capsule(5);
    too_long.resize(4096, 0);
    let mut bad_sgl = read_capsule(2);
    bad_sgl[39] = 0x30;
    let mut host: Vec<HostIn> = vec![
        HostIn::Send { qp: 9, data: read_capsule(1) },
        HostIn::Send { qp: 3, data: vec![0; 20] },
        HostIn::Send { qp: 3, data: bad_sgl },
        HostIn::Send { qp: 3, data: too_long },
        // Slot 0 (the lowest free): the controller's CID is 0.
        HostIn::Send { qp: 3, data: read_capsule(7) },
        // The same low bits (CID 7 + the slots per QP) take slot 1: the controller's CID is 9.
        HostIn::Send { qp: 3, data: read_capsule(7 + DEFAULT_SLOTS) },
    ];
    // The other slots filled, then one capsule too many: every slot of QP 3 is taken.
    host.extend((100..DEFAULT_SLOTS + 99).map(|cid| HostIn::Send { qp: 3, data: read_capsule(cid) }));
    let controller: Vec<((usize, usize), Message)> = vec![
        ((0, 1), cqe_wqe(9, 7)),
        ((1, 1), cqe_wqe(3, 7)),
        ((0, 0), cqe_wqe(3, 7)),
        ((0, 1), Message::new(MessageType::Wqe, 3, 0, vec![0x77; 24])),
        ((0, 1), cqe_wqe(3, 8)),
        // A CID whose slot (its low bits) holds another command (host CID 105, the controller's
        // CID 111): not that command's.
        ((0, 1), cqe_wqe(3, 7 + DEFAULT_SLOTS)),
        // The real completion, once, as CID 7's; then a second copy.
        ((0, 1), cqe_wqe(3, 0)),
        ((0, 1), cqe_wqe(3, 0)),
        // Slot 1's completion goes to the host with the host's CID, 15.
        ((0, 1), cqe_wqe(3, 9)),
    ];
    let mut expected = Outputs::default();
    let mut got = Outputs::default();
    let gather = |into: &mut Outputs, out: Outputs| {
        into.links.extend(out.links);
        into.host.extend(out.host);
    };
    for input in host {
        gather(&mut expected, model.from_host(input.clone()));
        gather(&mut got, Nic::from_host(&mut dut, 0, input));
        for t in 0..20 {
            gather(&mut got, Nic::tick(&mut dut, t));
        }
    }
    for (link, message) in controller {
        gather(&mut expected, model.from_controller(0, link, message.clone()));
        gather(&mut got, Nic::from_controller(&mut dut, 0, link, message));
        for t in 0..20 {
            gather(&mut got, Nic::tick(&mut dut, t));
        }
    }
    gather(&mut expected, model.from_host(HostIn::ReadResponse { qp: 3, read: 99, data: vec![1] }));
    gather(&mut got, Nic::from_host(&mut dut, 0, HostIn::ReadResponse { qp: 3, read: 99, data: vec![1] }));
    for t in 0..20 {
        gather(&mut got, Nic::tick(&mut dut, t));
    }
    assert_eq!(got.links, expected.links, "the messages to the controllers");
    assert_eq!(got.host, expected.host, "what reaches the host: the two completions");
    let cids: Vec<u16> = expected.host.iter().map(|op| match op {
        HostOp::Send { data, .. } => Cqe::decode(data).unwrap().cid,
        other => panic!("only completions: {other:?}"),
    }).collect();
    assert_eq!(cids, [7, 7 + DEFAULT_SLOTS], "completions carry the host's CIDs");
    let (m, r) = (model.counters.clone(), dut.counters());
    assert_eq!(r, m, "counters by cause");
    assert_eq!((m.unknown_qp, m.malformed_capsule, m.capsule_too_long, m.slots_full), (1, 2, 1, 1));
    assert_eq!((m.wqe_unknown_qp, m.wrong_link, m.wqe_malformed, m.cqe_unknown_cid, m.read_data_unknown), (2, 1, 1, 3, 1));
    assert!(dut.protocol_errors.is_empty(), "{:?}", dut.protocol_errors);
}

/// A capsule shorter than an SQE is malformed; one of an SQE or longer is passed on. The lengths
/// around 64 bytes end in every byte of the SQE's last beat, where the receiver decides from the
/// beat's keep (hdl/src/nic/capsule_receiver.rs, `short_of_sqe`).
#[test]
fn capsules_around_an_sqes_length_are_judged_as_the_model_judges_them() {
    let mut model = ConnectorModel::new(2, 100);
    let mut dut = ConnectorPairRtl::new(1, 0, CLOCKS_PER_TICK, PRESSURE);
    let lengths = [1, 8, 9, 55, 56, 57, 60, 63, 64, 65, 71, 72, 73];
    let qps: Vec<u16> = (0..lengths.len() as u16).map(|i| 3 + i).collect();
    for nic in [&mut model as &mut dyn Nic, &mut dut] {
        for &qp in &qps {
            nic.add_qp(qp, 1, 0);
        }
    }
    let (mut expected, mut got) = (Outputs::default(), Outputs::default());
    for (&length, &qp) in lengths.iter().zip(&qps) {
        let mut data = read_capsule(qp);
        data.resize(length, 0x5A);
        let input = HostIn::Send { qp, data };
        let out = model.from_host(input.clone());
        expected.links.extend(out.links);
        let mut out = Nic::from_host(&mut dut, 0, input);
        for t in 0..20 {
            let more = Nic::tick(&mut dut, t);
            out.links.extend(more.links);
            out.host.extend(more.host);
        }
        got.links.extend(out.links);
        got.host.extend(out.host);
        assert_eq!(dut.counters(), model.counters.clone(), "counters after a capsule of {length} bytes");
    }
    assert_eq!(got.links, expected.links, "the capsules passed on to the controllers");
    assert!(got.host.is_empty(), "nothing answers the host yet: {:?}", got.host);
    let m = model.counters.clone();
    assert_eq!(m.malformed_capsule, 8, "the eight capsules shorter than 64 bytes");
    assert_eq!(expected.links.len(), 5, "the five of 64 bytes or more");
    assert!(dut.protocol_errors.is_empty(), "{:?}", dut.protocol_errors);
}
