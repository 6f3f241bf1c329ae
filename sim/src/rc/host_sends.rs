//! Closed loop: the host's go-back-N requesters (one per QP) send SEND messages to the verilated
//! responder over a lossy link; the responder's ACKs and NAKs go back over another. A scoreboard
//! independent of the responder model checks that every packet is delivered exactly once and in
//! order, and that every message completes.

use super::channel::{Channel, ChannelStats, Impairment};
use super::responder::{Bench, Input};
use crate::models::host_requester::{Requester, RequesterStats};
use crate::models::rc_responder::Request;
use crate::stimulus::TestRng;
use nic_hdl::roce::rc::{ResponderOutcome, PSN_MASK};
use rand::Rng;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct Scenario {
    pub qps: usize,
    pub messages_per_qp: u32,
    pub max_packets_per_message: u32,
    pub window: usize,
    pub timeout: u64,
    pub retry_limit: u32,
    /// Host → NIC requests, NIC → host ACK/NAKs.
    pub forward: Impairment,
    pub backward: Impairment,
    /// Chance that the consumer has no room when a message starts (RNR).
    pub consumer_full_percent: u32,
    /// Cycles between two packets the host puts on its link (a minimum frame is eight beats).
    pub spacing: u64,
}

impl Scenario {
    /// Every QP of the responder top, `messages_per_qp` messages of up to six packets, a random
    /// window, and random loss (0–10 %), duplication (0–5 %) and reordering both ways.
    pub fn random_lossy(rng: &mut TestRng, messages_per_qp: u32) -> Self {
        let impairment = |rng: &mut TestRng| Impairment {
            loss_percent: rng.gen_range(0..=10),
            duplicate_percent: rng.gen_range(0..=5),
            min_delay: 20,
            jitter: rng.gen_range(0..=40),
        };
        Scenario {
            qps: super::responder::QPS,
            messages_per_qp,
            max_packets_per_message: 6,
            window: rng.gen_range(1..=16),
            timeout: 2_000,
            retry_limit: 64,
            forward: impairment(rng),
            backward: impairment(rng),
            consumer_full_percent: rng.gen_range(0..=5),
            spacing: 8,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub cycles: u64,
    pub delivered: u64,
    pub forward: ChannelStats,
    pub backward: ChannelStats,
    pub requesters: RequesterStats,
    pub outcomes: BTreeMap<ResponderOutcome, u64>,
}

/// A request on the wire: QP, PSN, AckReq, opcode.
type Wire = (usize, u32, bool, u8);

pub fn run(bench: &mut Bench, s: &Scenario, rng: &mut TestRng, limit: u64) -> Result<Report, String> {
    let seed = bench.seed;
    let mut hosts: Vec<Requester> = Vec::new();
    for qp in 0..s.qps {
        // Some QPs start just below the PSN wrap.
        let first_psn = if rng.gen_bool(0.5) { PSN_MASK - rng.gen_range(0..64) } else { rng.gen_range(0..=PSN_MASK) };
        let mut host = Requester::new(first_psn, s.window, s.timeout, s.retry_limit);
        for m in 0..s.messages_per_qp {
            host.post_send(m, rng.gen_range(1..=s.max_packets_per_message));
        }
        bench.push(Input::Configure { qp, expected_psn: first_psn });
        hosts.push(host);
    }
    let mut forward: Channel<Wire> = Channel::new(s.forward);
    let mut backward: Channel<(usize, u8, u32)> = Channel::new(s.backward);
    let mut delivered = vec![0usize; s.qps];
    let mut report = Report::default();
    let (mut turn, mut next_send) = (0usize, 0u64);
    let start = bench.cycle;
    loop {
        let now = bench.cycle;
        if hosts.iter().all(|h| h.done()) && bench.idle() && forward.is_empty() && backward.is_empty() {
            break;
        }
        if now - start > limit {
            let state: Vec<String> = hosts.iter().map(|h| format!("{}/{}", h.unacked, h.packets.len())).collect();
            return Err(format!("seed {seed}: not done after {limit} cycles; acknowledged per QP {state:?}"));
        }
        if now >= next_send {
            for k in 0..s.qps {
                let qp = (turn + k) % s.qps;
                if let Some((psn, ack_req, p)) = hosts[qp].poll(now) {
                    forward.send((qp, psn, ack_req, p.opcode), now, rng);
                    turn = qp + 1;
                    next_send = now + s.spacing;
                    break;
                }
            }
        }
        for (qp, psn, ack_req, opcode) in forward.receive(now) {
            let consumer_full = rng.gen_range(0..100) < s.consumer_full_percent;
            bench.push(Input::Request(Request { qp, opcode, psn, ack_req, consumer_full }));
        }
        if let Some((request, verdict)) = bench.step(rng)? {
            let host = &hosts[request.qp];
            if verdict.deliver {
                let index = (request.psn.wrapping_sub(host.first_psn) & PSN_MASK) as usize;
                let want = delivered[request.qp];
                if index != want {
                    return Err(format!(
                        "seed {seed}, cycle {now}: QP {} delivered packet {index} (PSN {:#x}) where packet {want} was next: {}",
                        request.qp,
                        request.psn,
                        if index < want { "delivered twice" } else { "out of order" }
                    ));
                }
                delivered[request.qp] += 1;
                report.delivered += 1;
            }
            if let Some(aeth) = verdict.answer {
                backward.send((request.qp, aeth.syndrome, aeth.psn), now, rng);
            }
        }
        for (qp, syndrome, psn) in backward.receive(now) {
            hosts[qp].on_aeth(syndrome, psn, now);
        }
    }
    for (qp, host) in hosts.iter().enumerate() {
        if let Some(e) = &host.error {
            return Err(format!("seed {seed}: QP {qp}'s requester failed: {e}"));
        }
        if delivered[qp] != host.packets.len() {
            return Err(format!("seed {seed}: QP {qp}: {} of {} packets delivered", delivered[qp], host.packets.len()));
        }
        let r = &mut report.requesters;
        let h = host.stats;
        r.sent += h.sent;
        r.resent += h.resent;
        r.timeouts += h.timeouts;
        r.sequence_naks += h.sequence_naks;
        r.rnr_naks += h.rnr_naks;
        r.acks += h.acks;
        r.stale += h.stale;
    }
    report.cycles = bench.cycle - start;
    report.forward = forward.stats;
    report.backward = backward.stats;
    report.outcomes = bench.model.counts.clone();
    Ok(report)
}
