//! The whole NIC core in Verilator — parser, frame queue, router, RC responder, connectors, work
//! request arbiter, RC requester, transmit multiplexer, builder — between RoCEv2 hosts and the
//! controller models (issues 5, 6): NVMe I/O as real frames, a failover under load, and the host
//! pcap judged by tshark (no malformed frame, no NAK, PSNs in order per QP and direction).

use nic_sim::nvme::connector::HostIn;
use nic_sim::nvme::fabric::{Fabric, FabricConfig, Nic};
use nic_sim::nvme::links::Pressure;
use nic_sim::nvme::replay::{replay, Settings};
use nic_sim::nvme::nic_core_rtl::{host_first_psn, host_ip, host_mac, nic_first_psn, NicCoreRtl, QpSetup, HOST_QPN_BASE, MTU, MTU_SHIFT, NIC_IP, NIC_MAC, NIC_QPN_BASE};
use nic_sim::nvme::scenarios::{base, failover_seeds, link_pull, read_capsule, run_clean};
use nic_hdl::roce::wire::DropCause;
use nic_sim::models::icrc::{icrc, icrc_bytes};
use nic_sim::stimulus::seeds;
use std::collections::BTreeMap;
use std::path::Path;

const CLOCKS_PER_TICK: u64 = 16;
const PRESSURE: Pressure = Pressure { valid_pct: 85, ready_pct: 80 };
const MAX_TICKS: u64 = 400_000;

/// Where a run's artefacts go when asked for: `NIC_WAVE_DIR` (a VCD of the core) and
/// `NIC_PCAP_DIR` (the host pcap), one file per scenario and seed.
fn artefact(variable: &str, name: &str, seed: u64, extension: &str) -> Option<std::path::PathBuf> {
    let dir = std::path::PathBuf::from(std::env::var_os(variable)?);
    std::fs::create_dir_all(&dir).unwrap();
    Some(dir.join(format!("{name}-seed{seed}.{extension}")))
}

/// Runs a scenario (`name` labels its artefacts) to the end with the checks every run passes.
fn run(name: &str, config: FabricConfig) -> Fabric<NicCoreRtl> {
    let mut nic = NicCoreRtl::new(config.seed, config.heartbeat_timeout, CLOCKS_PER_TICK, PRESSURE);
    if let Some(wave) = artefact("NIC_WAVE_DIR", name, config.seed, "vcd") {
        nic.dut.trace_to(&wave).unwrap();
    }
    let mut fabric = run_clean(Fabric::with_nic(config, nic), &[], MAX_TICKS);
    let seed = fabric.config.seed;
    assert!(fabric.nic.protocol_errors.is_empty(), "seed {seed} (replay with NIC_SEED={seed}): {:?}", fabric.nic.protocol_errors);
    let t = fabric.nic.transport_counters();
    assert_eq!((t["rx_unknown_qp"], t["rx_not_served"]), (0, 0), "seed {seed}: {t:?}");
    // The requester refuses only the WRITEs the connectors abandoned when a controller was lost.
    assert_eq!(t["work_requests_failed"], fabric.nic.counters().writes_truncated, "seed {seed}: {t:?}");
    assert_eq!((t["tx_bad_descriptors"], t["tx_payload_mismatches"]), (0, 0), "seed {seed}: {t:?}");
    // The links are lossless: nothing was sent twice, no ACK was late.
    let r = fabric.nic.requester_counters();
    assert_eq!((r["packets_resent"], r["timeouts"], r["sequence_naks"]), (0, 0, 0), "seed {seed}: {r:?}");
    check_pcap(&fabric.nic, &format!("{name}, seed {seed}"));
    if let Some(path) = artefact("NIC_PCAP_DIR", name, seed, "pcap") {
        nic_sim::pcap::write_timed(&path, &pcap_frames(&fabric.nic)).unwrap();
    }
    fabric
}

/// tshark's reading of a pcap: per frame, (source IP, BTH opcode, destination QP, PSN, AETH
/// syndrome, malformed, NVMe command opcode, NVMe completion CID).
fn tshark_fields(pcap: &Path) -> Vec<Vec<String>> {
    let out = std::process::Command::new("tshark")
        .arg("-r")
        .arg(pcap)
        // The other RDMA upper-layer heuristics would guess at capsule bytes.
        .args(["--disable-protocol", "rpcordma", "--disable-protocol", "smc", "--disable-protocol", "lnet"])
        .args(["--disable-protocol", "fcoib", "--disable-heuristic", "mellanox_eoib"])
        .args(["--disable-heuristic", "smb_direct_infiniband", "--disable-heuristic", "iser_infiniband"])
        .args(["--disable-heuristic", "sdp_infiniband"])
        .args(["-T", "fields", "-e", "ip.src", "-e", "infiniband.bth.opcode", "-e", "infiniband.bth.destqp"])
        .args(["-e", "infiniband.bth.psn", "-e", "infiniband.aeth.syndrome", "-e", "_ws.malformed"])
        .args(["-e", "nvme.cmd.opc", "-e", "nvme.cqe.cid"])
        .output()
        .expect("tshark runs (scripts/setup.sh installs it)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(|l| l.split('\t').map(str::to_owned).collect()).collect()
}

/// The RDMA-CM exchange of every QP (what tshark needs to call the traffic NVMe), then every
/// frame on the host link, with nanosecond times.
fn pcap_frames(nic: &NicCoreRtl) -> Vec<(u64, Vec<u8>)> {
    nic.cm_frames().into_iter().chain(nic.wire.iter().cloned()).map(|f| (f.cycle * 10, f.bytes)).collect()
}

/// Every frame decodes, none is malformed, no NAK, and per (sender, QP) the request PSNs go up
/// by one (mod 2^24), READ Responses and ACKs aside. tshark's NVMe-over-RDMA dissector, keyed by
/// the CM exchange, finds an NVMe command in every capsule sent as one packet and matches each
/// with exactly one completion.
fn check_pcap(nic: &NicCoreRtl, label: &str) {
    let dir = tempfile::tempdir().unwrap();
    let pcap = dir.path().join("host.pcap");
    let frames = pcap_frames(nic);
    nic_sim::pcap::write_timed(&pcap, &frames).unwrap();
    let rows = tshark_fields(&pcap);
    assert_eq!(rows.len(), frames.len(), "{label}");
    let mut next: BTreeMap<(String, String), u32> = BTreeMap::new();
    let (mut capsules, mut commands, mut completions) = (0, 0, 0);
    let nic_ip = std::net::Ipv4Addr::from(NIC_IP).to_string();
    for (row, (_, frame)) in rows.iter().zip(&frames) {
        let get = |i: usize| row.get(i).map(String::as_str).unwrap_or("");
        assert!(get(5).is_empty(), "{label}: tshark finds a malformed packet: {row:?}");
        let opcode: u8 = get(1).parse().unwrap_or_else(|_| panic!("{label}: no BTH decoded: {row:?}"));
        commands += !get(6).is_empty() as usize;
        completions += !get(7).is_empty() as usize;
        if opcode == 0x04 && get(0) != nic_ip {
            capsules += 1;
        }
        if opcode == 0x11 {
            // tshark prints the AETH syndrome in decimal.
            let syndrome: u8 = get(4).parse().unwrap_or_else(|_| panic!("{label}: an ACK without an AETH: {row:?}"));
            assert_eq!(syndrome >> 5, 0, "{label}: a NAK on the wire: {row:?}");
            continue;
        }
        // READ Responses, and the CM's UD SENDs to QP 1.
        if (0x0D..=0x10).contains(&opcode) || opcode == 0x64 {
            continue;
        }
        let psn: u32 = get(3).parse().unwrap();
        let packets = if opcode == 0x0C {
            // A READ Request takes one PSN per response packet (its DMA length is in the RETH).
            let length = u32::from_be_bytes(frame[66..70].try_into().unwrap());
            length.div_ceil(MTU as u32).max(1)
        } else {
            1
        };
        let key = (get(0).to_owned(), get(2).to_owned());
        if let Some(expected) = next.get(&key) {
            assert_eq!(psn, *expected, "{label}: PSN out of order from {} to QP {}: {row:?}", key.0, key.1);
        }
        next.insert(key, (psn + packets) & 0xFF_FFFF);
    }
    assert!(capsules > 0 && commands == capsules, "{label}: {commands} NVMe commands decoded in {capsules} one-packet capsules");
    assert_eq!(completions, commands, "{label}: every decoded command has one decoded completion");
}

/// 300 commands on 9 QPs (QPs 2, 5, 7 on B) of I/O up to `max_bytes`: every one completes once
/// with the right data, forwarded and completed once by the connectors, nothing refused.
fn io_over_roce(name: &str, seeds_run: &[u64], max_bytes: usize) {
    for seed in seeds(seeds_run) {
        let config = FabricConfig { seed, commands: 300, max_bytes, bound_to_b: vec![2, 5, 7], free_cids: seed % 2 == 0, ..Default::default() };
        let fabric = run(name, config);
        let (h, n) = (&fabric.host.counters, fabric.nic.counters());
        let label = format!("seed {seed}: {h:?} {n:?}");
        assert_eq!(h.completed, 300 + 9, "{label}");
        assert!(h.reads > 60 && h.writes > 60, "{label}");
        assert_eq!((n.commands_forwarded, n.completions_delivered), (h.completed, h.completed), "{label}");
        assert_eq!((n.unknown_qp, n.slots_full, n.malformed_capsule, n.cqe_unknown_cid, n.wqe_malformed), (0, 0, 0, 0, 0), "{label}");
    }
}

/// Reads and writes up to 1 KiB (one packet each way): capsules as SEND packets, read data back
/// as RDMA WRITEs, completions as SENDs, ACKs both ways; half the writes carry their data in the
/// capsule, the others have it fetched with an RDMA READ.
#[test]
fn small_io_over_roce_completes_once_with_the_right_data() {
    io_over_roce("small_io", &[1], 1024);
}

/// 512 B to 64 KiB: writes beyond the in-capsule limit fetch their data with RDMA READs (in
/// 16 KiB WQEs, at most four in flight per connector), reads return it as RDMA WRITEs.
#[test]
fn nvme_io_over_roce_completes_once_with_the_right_data() {
    io_over_roce("nvme_io", &[1, 2, 3], 64 << 10);
}

#[test]
fn a_failover_under_load_is_invisible_on_the_wire() {
    let mut replayed = 0;
    for seed in failover_seeds() {
        let config = link_pull(FabricConfig { max_bytes: 4 << 10, ..base(seed, 150) }, 50..600);
        let fabric = run("failover", config);
        let n = fabric.nic.counters();
        assert_eq!(n.failovers, 1, "seed {seed}: {n:?}");
        assert_eq!(fabric.nic.fence_backend(), [true, false], "seed {seed}");
        replayed += n.commands_replayed;
    }
    assert!(replayed > 0, "commands were replayed on B in some run");
}

#[test]
fn bad_frames_are_dropped_and_counted_by_cause() {
    let mut nic = NicCoreRtl::new(1, 1000, CLOCKS_PER_TICK, PRESSURE);
    nic.add_qp(3, 1, 0);
    let good = {
        let mut probe = NicCoreRtl::new(2, 1000, CLOCKS_PER_TICK, PRESSURE);
        probe.add_qp(3, 1, 0);
        Nic::from_host(&mut probe, 0, HostIn::Send { qp: 3, data: read_capsule(1) });
        probe.run(2000);
        probe.wire.iter().find(|f| f.to_nic).expect("the capsule's frame").bytes.clone()
    };
    // A SEND to a QP that is not configured, a corrupted ICRC, an RDMA WRITE to the NIC (each
    // but the corrupted one with its ICRC made right again).
    // QPN 0x23: base 0x10 + 0x13, QP 3 in its low bits but beyond the 16 QPs — an alias a range
    // check that looked at the low bits alone would deliver to QP 3.
    let mut unknown = good.clone();
    unknown[49] = (NIC_QPN_BASE + 3 + 16) as u8;
    let unknown = reseal(unknown);
    let mut corrupted = good.clone();
    corrupted[70] ^= 0x40;
    let mut write = good.clone();
    write[42] = 0x0A;
    let write = reseal(write);
    for frame in [unknown, corrupted, write] {
        nic.inject(3, frame);
    }
    nic.run(3000);
    let t = nic.transport_counters();
    assert_eq!((t["rx_unknown_qp"], t["rx_not_served"]), (1, 1), "{t:?}");
    assert_eq!(nic.rx_counter(DropCause::Icrc.code() as u64), 1, "the corrupted frame");
    assert_eq!(nic.counters().commands_forwarded, 0, "nothing reached a controller");
    assert!(nic.wire.iter().all(|f| f.to_nic), "the NIC answered none of them");
}


/// A frame with its ICRC made right again after an edit.
fn reseal(mut frame: Vec<u8>) -> Vec<u8> {
    let at = frame.len() - 4;
    let icrc = icrc(&frame[..at]).unwrap();
    frame[at..].copy_from_slice(&icrc_bytes(icrc));
    frame
}

/// The NIC's ACKs in a list of frames: (destination QPN, PSN), sorted.
fn acks(frames: impl Iterator<Item = Vec<u8>>) -> Vec<(u32, u32)> {
    let field = |f: &[u8], at: usize| u32::from_be_bytes([0, f[at], f[at + 1], f[at + 2]]);
    let mut acks: Vec<(u32, u32)> = frames.filter(|f| f[42] == 0x11).map(|f| (field(&f, 47), field(&f, 51))).collect();
    acks.sort();
    acks
}

#[test]
fn a_capture_replays_with_the_same_receive_side_verdicts() {
    // A recorded session (reads and flushes: no RDMA READ, whose captured responses could not
    // match the replay's own READs) is fed back as a capture: the core takes every frame, the
    // responder reaches the same verdicts and acknowledges the same PSNs, the controllers get
    // commands; a corrupted copy of a frame and a frame for a QP not set up are dropped and counted.
    let seed = 5;
    let config = FabricConfig { seed, commands: 40, read_percent: 95, bound_to_b: vec![2, 5, 7], ..Default::default() };
    let mut fabric = run("replay_source", config);
    let original = fabric.nic.responder_counters();
    let mut capture: Vec<(u64, Vec<u8>)> = fabric.nic.wire.iter().filter(|f| f.to_nic).map(|f| (f.cycle * 10, f.bytes.clone())).collect();
    let mut corrupted = capture[3].1.clone();
    corrupted[60] ^= 1;
    let mut stranger = capture[4].1.clone();
    stranger[49] = 12;
    let stranger = reseal(stranger);
    let end = capture.last().unwrap().0;
    capture.push((end + 10, corrupted));
    capture.push((end + 20, stranger));
    let qps = (0..=8u16)
        .map(|qp| QpSetup {
            qp,
            connector: qp as usize % 2,
            controller: [2, 5, 7].contains(&qp) as usize,
            peer_mac: host_mac(qp),
            peer_ip: host_ip(qp),
            peer_qpn: HOST_QPN_BASE + qp as u32,
            host_psn: host_first_psn(qp),
            nic_psn: nic_first_psn(qp),
        })
        .collect();
    let settings = Settings { mac: NIC_MAC, ip: NIC_IP, qpn_base: NIC_QPN_BASE, mtu_shift: MTU_SHIFT, qps };
    let report = replay(&settings, &capture, 20_000, seed, &mut |_, _| ());
    assert_eq!(report.frames_accounted, report.frames_in as u64, "every frame counted: seed {seed}");
    let c = &report.counters;
    let label = format!("seed {seed}: {c:?}");
    assert_eq!(c["rx_accepted"], capture.len() as u64 - 1, "{label}");
    assert_eq!((c["rx_dropped_icrc"], c["rx_unknown_qp"]), (1, 1), "{label}");
    // Forwarding waits for the transmit side, which the capture's host does not answer (its ACKs
    // were for the original run's timing): some capsules may still be queued when the replay ends.
    let forwarded = c["connector_commands_forwarded"];
    assert!(forwarded > 0 && forwarded <= fabric.nic.counters().commands_forwarded, "{label}");
    for (name, value) in &original {
        assert_eq!(c[&format!("responder_{name}")], *value, "responder {name}: {label}");
    }
    let replayed_acks = acks(report.out.iter().map(|(_, f)| f.clone()));
    assert_eq!(replayed_acks, acks(fabric.nic.wire.iter().filter(|f| !f.to_nic).map(|f| f.bytes.clone())), "{label}");
    assert!(report.frames_out > replayed_acks.len(), "the controllers' answers went out too: {label}");
}
