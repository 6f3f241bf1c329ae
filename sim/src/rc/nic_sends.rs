//! Closed loop: the verilated requester sends work requests (RDMA WRITEs and SENDs) to the
//! hosts' RC endpoints over a lossy link; the hosts' ACKs and NAKs come back over another. Every
//! packet sent (first time or again) must equal the segmentation model's packet for its PSN; the
//! hosts must receive every packet exactly once and in order; every work request must complete,
//! in order per QP, and never before the host has all of it.

use super::channel::{Channel, ChannelStats, Impairment};
use super::requester::{Bench, Completion, QpSetup, Response, TxPacket, WorkRequest, RING_BYTES};
use crate::models::host_requester::{segment, SegmentedPacket};
use crate::models::rc_responder::{ReadAnswer, Request, ResponderModel};
use crate::stimulus::TestRng;
use nic_hdl::roce::rc::{self, psn_add, CompletionStatus, RequesterEvent, ResponderOutcome, WrKind, PSN_MASK};
use rand::Rng;
use std::collections::{BTreeMap, HashMap, VecDeque};

#[derive(Clone, Debug)]
pub struct Scenario {
    pub qps: usize,
    pub wrs_per_qp: usize,
    pub max_length: usize,
    pub forward: Impairment,
    pub backward: Impairment,
    /// Chance that a host has no receive buffer when a SEND starts (RNR NAK).
    pub consumer_full_percent: u32,
    pub timeout_ticks: u16,
    pub retry_limit: u8,
    /// One in this many work requests is faulty (its stream disagrees with its length, or it is
    /// longer than the ring): it must complete `LocalLength` and send nothing. 0: none.
    pub faulty_one_in: u32,
    /// Fixed work: RDMA WRITEs of this length at this path MTU (256 << shift) instead of random.
    pub writes: Option<(usize, u8)>,
    /// Packets (QP, packet number from the QP's first PSN) whose first transmission is lost.
    pub drop_once: Vec<(usize, usize)>,
    /// Corrupt one payload byte of every packet the RTL sends: the comparison must fail.
    pub tamper: bool,
}

impl Scenario {
    /// Every QP of the requester top, `wrs_per_qp` random work requests each (random kinds, sizes
    /// up to 4096 bytes, MTUs); when `impaired`, random loss (1–8 %), duplication (0–5 %) and
    /// reordering both ways, 3 % RNR, and one faulty work request in 25.
    pub fn random(rng: &mut TestRng, impaired: bool, wrs_per_qp: usize) -> Self {
        let impairment = |rng: &mut TestRng| Impairment {
            loss_percent: if impaired { rng.gen_range(1..=8) } else { 0 },
            duplicate_percent: if impaired { rng.gen_range(0..=5) } else { 0 },
            min_delay: 30,
            jitter: if impaired { rng.gen_range(0..=60) } else { 0 },
        };
        Scenario {
            qps: super::requester::QPS,
            wrs_per_qp,
            max_length: 4096,
            forward: impairment(rng),
            backward: impairment(rng),
            consumer_full_percent: if impaired { 3 } else { 0 },
            // Ticks of 8 cycles: longer than a round trip behind four QPs' 4 KiB packets.
            timeout_ticks: 1500,
            retry_limit: 15,
            faulty_one_in: if impaired { 25 } else { 0 },
            writes: None,
            drop_once: Vec::new(),
            tamper: false,
        }
    }

    /// One QP, lossless links `delay` cycles long, `count` WRITEs of `length` bytes at MTU 256 << `mtu_shift`.
    pub fn writes(count: usize, length: usize, mtu_shift: u8, delay: u64) -> Self {
        Scenario {
            qps: 1,
            wrs_per_qp: count,
            max_length: length,
            forward: Impairment::clean(delay),
            backward: Impairment::clean(delay),
            consumer_full_percent: 0,
            timeout_ticks: 1500,
            retry_limit: 7,
            faulty_one_in: 0,
            writes: Some((length, mtu_shift)),
            drop_once: Vec::new(),
            tamper: false,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub cycles: u64,
    pub packets_delivered: u64,
    pub bytes_delivered: u64,
    pub wrs_completed: u64,
    pub forward: ChannelStats,
    pub backward: ChannelStats,
    pub counters: BTreeMap<RequesterEvent, u64>,
    pub host_outcomes: BTreeMap<ResponderOutcome, u64>,
    /// Cycle at which each packet (by QP, PSN) first left the requester, and when its last copy did.
    pub first_sent: HashMap<(usize, u32), u64>,
    pub last_sent: HashMap<(usize, u32), u64>,
}

/// Bytes of a response on the wire besides its payload (Ethernet to AETH, ICRC, FCS, preamble, gap).
const RESPONSE_OVERHEAD: usize = 86;

/// A host's memory: the byte at address `a` (a pattern, so a READ's data can be checked anywhere).
pub fn host_memory(a: u64) -> u8 {
    (a.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as u8
}

/// A work request of random kind and size for `qp`; a READ's `payload` is the host memory it reads
/// (it may be longer than the ring: nothing of it is kept there).
pub fn random_wr(rng: &mut TestRng, qp: usize, tag: u8, max_length: usize) -> WorkRequest {
    let kind = [WrKind::Write, WrKind::Write, WrKind::Send, WrKind::SendInvalidate, WrKind::Read][rng.gen_range(0..5)];
    let length = match rng.gen_range(0..4) {
        0 => rng.gen_range(0..=64),
        _ if kind == WrKind::Read => rng.gen_range(0..=2 * max_length),
        _ => rng.gen_range(0..=max_length),
    };
    let va: u64 = rng.gen();
    let payload: Vec<u8> = match kind {
        WrKind::Read => (0..length as u64).map(|i| host_memory(va.wrapping_add(i))).collect(),
        _ => (0..length).map(|_| rng.gen()).collect(),
    };
    WorkRequest { qp, kind, va, rkey: rng.gen(), tag, length: length as u32, payload }
}

struct Host {
    setup: QpSetup,
    /// Every packet of every accepted work request, by PSN offset from the first PSN.
    expected: Vec<SegmentedPacket>,
    next_psn: u32,
    delivered: usize,
    /// Accepted work requests in order: (tag, index of its last packet).
    accepted: VecDeque<(u8, usize)>,
    /// READs in order: (tag, the data they must deliver).
    reads: VecDeque<(u8, Vec<u8>)>,
    /// Packets the requester must send at least once: all of a WRITE's or SEND's, a READ's first.
    initial_packets: u64,
}

pub fn run(bench: &mut Bench, s: &Scenario, rng: &mut TestRng, limit: u64) -> Result<Report, String> {
    let seed = bench.seed;
    let mut hosts: Vec<Host> = Vec::new();
    let mut model = ResponderModel::new(s.qps, 3);
    model.serves = rc::request_position;
    let mut refused: HashMap<(usize, u8), CompletionStatus> = HashMap::new();
    for qp in 0..s.qps {
        let first_psn = if rng.gen_bool(0.5) { PSN_MASK - rng.gen_range(0..16) } else { rng.gen_range(0..=PSN_MASK) };
        let mtu_shift = s.writes.map_or_else(|| rng.gen_range(0..=4), |(_, shift)| shift);
        let setup = QpSetup { enable: true, first_psn, mtu_shift, timeout: s.timeout_ticks, retry_limit: s.retry_limit };
        bench.setup(qp, setup);
        model.configure(qp, first_psn);
        hosts.push(Host {
            setup,
            expected: Vec::new(),
            next_psn: first_psn,
            delivered: 0,
            accepted: VecDeque::new(),
            reads: VecDeque::new(),
            initial_packets: 0,
        });
    }
    // Work requests interleaved across QPs.
    let mut tag = 0u8;
    let mut total = 0;
    for _ in 0..s.wrs_per_qp {
        for (qp, host) in hosts.iter_mut().enumerate() {
            let mut wr = random_wr(rng, qp, tag, s.max_length);
            if let Some((length, _)) = s.writes {
                wr.kind = WrKind::Write;
                wr.payload.resize(length, 0x3C);
                wr.length = length as u32;
            }
            tag = tag.wrapping_add(1);
            if wr.kind != WrKind::Read && s.faulty_one_in != 0 && rng.gen_ratio(1, s.faulty_one_in) {
                match rng.gen_range(0..3) {
                    0 if !wr.payload.is_empty() => wr.length += 8,     // the stream ends early
                    // (Not down to 0: a work request of length 0 has no payload stream by contract, so
                    // nothing could tell that this one runs on.)
                    1 if wr.length > 9 => wr.length -= 9,             // the stream goes on
                    _ => {
                        wr.payload = vec![0x5A; RING_BYTES + 8];      // longer than the ring
                        wr.length = wr.payload.len() as u32;
                    }
                }
                refused.insert((qp, wr.tag), CompletionStatus::LocalLength);
            } else {
                let packets = segment(wr.kind, wr.va, wr.rkey, &wr.payload, host.setup.mtu(), host.next_psn);
                host.next_psn = psn_add(host.next_psn, packets.len() as u32);
                host.initial_packets += if wr.kind == WrKind::Read { 1 } else { packets.len() as u64 };
                if wr.kind == WrKind::Read && !wr.payload.is_empty() {
                    host.reads.push_back((wr.tag, wr.payload.clone()));
                }
                host.expected.extend(packets);
                host.accepted.push_back((wr.tag, host.expected.len() - 1));
                total += 1;
            }
            bench.post(wr);
        }
    }
    let mut forward: Channel<TxPacket> = Channel::new(s.forward);
    let mut backward: Channel<Response> = Channel::new(s.backward);
    let mut report = Report::default();
    let start = bench.cycle;
    let mut completed = 0;
    let mut seen_completions = 0;
    loop {
        let now = bench.cycle;
        let all_done = completed == total && refused.is_empty();
        if all_done && bench.inputs_left() == 0 && forward.is_empty() && backward.is_empty() {
            break;
        }
        if now - start > limit {
            let state: Vec<String> = hosts.iter().map(|h| format!("{}/{}", h.delivered, h.expected.len())).collect();
            let left = bench.inputs_left();
            let counters = bench.counters();
            return Err(format!(
                "seed {seed}: not done after {limit} cycles: {completed} of {total} completed, {} refusals owed; delivered per QP {state:?}; \
                 {left} inputs not taken; QPs in error {:#x}; counters {counters:?}",
                refused.len(),
                bench.dut.qp_error()
            ));
        }
        for mut p in bench.step(rng)? {
            if s.tamper && !p.payload.is_empty() {
                p.payload[0] ^= 1;
            }
            let host = &hosts[p.qp];
            let offset = (p.psn.wrapping_sub(host.setup.first_psn) & PSN_MASK) as usize;
            let Some(want) = host.expected.get(offset) else {
                return Err(format!("seed {seed}, cycle {now}: QP {} sent PSN {:#x}, which no work request has", p.qp, p.psn));
            };
            let got = SegmentedPacket {
                opcode: p.opcode,
                psn: p.psn,
                ack_req: p.ack_req,
                reth: matches!(p.opcode, 0x06 | 0x0A | 0x0C).then_some(p.reth),
                ieth: (p.opcode == 0x16 || p.opcode == 0x17).then_some(p.ieth),
                payload: p.payload.clone(),
            };
            if &got != want {
                return Err(format!("seed {seed}, cycle {now}: QP {} PSN {:#x}\n  RTL:   {got:?}\n  model: {want:?}", p.qp, p.psn));
            }
            let first_time = !report.first_sent.contains_key(&(p.qp, p.psn));
            report.first_sent.entry((p.qp, p.psn)).or_insert(now);
            report.last_sent.insert((p.qp, p.psn), now);
            if first_time && s.drop_once.contains(&(p.qp, offset)) {
                continue;
            }
            forward.send(p, now, rng);
        }
        for p in forward.receive(now) {
            if p.opcode == 0x0C {
                let (va, _, length) = p.reth;
                let host = &mut hosts[p.qp];
                match model.read_request(p.qp, p.psn, length, host.setup.mtu() as u32) {
                    ReadAnswer::Respond { first_psn, packets, fresh, .. } => {
                        if fresh {
                            let offset = (p.psn.wrapping_sub(host.setup.first_psn) & PSN_MASK) as usize;
                            if offset != host.delivered {
                                return Err(format!("seed {seed}, cycle {now}: QP {} host executed READ at packet {offset} where {} was next", p.qp, host.delivered));
                            }
                            host.delivered += packets as usize;
                            report.packets_delivered += 1;
                        }
                        let mtu = host.setup.mtu();
                        for k in 0..packets as usize {
                            let (first, last) = (k == 0, k + 1 == packets as usize);
                            let bytes = (k * mtu..((k + 1) * mtu).min(length as usize)).map(|i| host_memory(va.wrapping_add(i as u64))).collect();
                            let opcode = rc::read_response_opcode(first, last);
                            let response = Response { qp: p.qp, opcode, syndrome: rc::SYNDROME_ACK, psn: psn_add(first_psn, k as u32), payload: bytes };
                            let wire = response.payload.len() + RESPONSE_OVERHEAD;
                            backward.send_sized(response, wire, now, rng);
                        }
                    }
                    ReadAnswer::Nak(a) => {
                        let nak = Response { qp: p.qp, opcode: 0x11, syndrome: a.syndrome, psn: a.psn, payload: vec![] };
                        backward.send_sized(nak, RESPONSE_OVERHEAD, now, rng);
                    }
                    ReadAnswer::Silent => {}
                }
                continue;
            }
            let starts_send = matches!(p.opcode, 0x00 | 0x04 | 0x17);
            let consumer_full = starts_send && rng.gen_range(0..100) < s.consumer_full_percent;
            let v = model.request(&Request { qp: p.qp, opcode: p.opcode, psn: p.psn, ack_req: p.ack_req, consumer_full });
            let host = &mut hosts[p.qp];
            if v.deliver {
                let offset = (p.psn.wrapping_sub(host.setup.first_psn) & PSN_MASK) as usize;
                if offset != host.delivered {
                    return Err(format!("seed {seed}, cycle {now}: QP {} host took packet {offset} where {} was next", p.qp, host.delivered));
                }
                host.delivered += 1;
                report.packets_delivered += 1;
                report.bytes_delivered += p.payload.len() as u64;
            }
            if let Some(a) = v.answer {
                let ack = Response { qp: p.qp, opcode: 0x11, syndrome: a.syndrome, psn: a.psn, payload: vec![] };
                backward.send_sized(ack, RESPONSE_OVERHEAD, now, rng);
            }
        }
        for r in backward.receive(now) {
            bench.respond_with(r);
        }
        for &Completion { qp, tag, status } in &bench.completions[seen_completions..] {
            if let Some(want) = refused.remove(&(qp, tag)) {
                if status != Some(want) {
                    return Err(format!("seed {seed}, cycle {now}: QP {qp} tag {tag}: completed {status:?}, expected {want:?}"));
                }
                continue;
            }
            let host = &mut hosts[qp];
            let Some((want_tag, last)) = host.accepted.pop_front() else {
                return Err(format!("seed {seed}, cycle {now}: QP {qp}: a completion (tag {tag}) for no work request"));
            };
            if tag != want_tag || status != Some(CompletionStatus::Success) {
                return Err(format!("seed {seed}, cycle {now}: QP {qp}: completion tag {tag} {status:?}, expected tag {want_tag} Success"));
            }
            if host.delivered <= last {
                return Err(format!("seed {seed}, cycle {now}: QP {qp} tag {tag} completed before the host had its last packet"));
            }
            completed += 1;
        }
        seen_completions = bench.completions.len();
    }
    if bench.dut.qp_error() != 0 {
        return Err(format!("seed {seed}: QPs in error: {:#x}", bench.dut.qp_error()));
    }
    for _ in 0..8 {
        bench.dut.cycle();
    }
    report.counters = bench.counters();
    report.cycles = bench.cycle - start;
    report.wrs_completed = completed as u64;
    report.forward = forward.stats;
    report.backward = backward.stats;
    report.host_outcomes = model.counts.clone();
    let c = &report.counters;
    let initial: u64 = hosts.iter().map(|h| h.initial_packets).sum();
    if c[&RequesterEvent::PacketSent] != initial {
        return Err(format!("seed {seed}: packets_sent {}, expected {initial}", c[&RequesterEvent::PacketSent]));
    }
    // Every READ's data, in order per QP, exactly.
    if let Some(e) = bench.read_errors.first() {
        return Err(format!("seed {seed}: {e}"));
    }
    for (qp, host) in hosts.iter().enumerate() {
        let got: Vec<&(usize, u8, Vec<u8>)> = bench.reads.iter().filter(|r| r.0 == qp).collect();
        if got.len() != host.reads.len() {
            return Err(format!("seed {seed}: QP {qp}: {} READs delivered data, {} expected", got.len(), host.reads.len()));
        }
        for ((_, tag, data), (want_tag, want)) in got.into_iter().zip(host.reads.iter()) {
            if tag != want_tag || data != want {
                return Err(format!("seed {seed}: QP {qp}: READ tag {tag} delivered {} bytes that differ from the host's {} (tag {want_tag})", data.len(), want.len()));
            }
        }
    }
    if c[&RequesterEvent::MessageCompleted] != completed as u64 {
        return Err(format!("seed {seed}: messages_completed {} but {completed} completions", c[&RequesterEvent::MessageCompleted]));
    }
    Ok(report)
}
