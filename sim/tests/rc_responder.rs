//! The RC responder's RTL (Verilator) against its reference model, and in a closed loop with the
//! host's go-back-N requesters over lossy, duplicating, reordering links. `NIC_SEED` replays one
//! seed; `NIC_SOAK=1` runs ten times the traffic.

use nic_hdl::roce::rc::{self, ResponderOutcome, PSN_MASK};
use nic_sim::models::rc_responder::Request;
use nic_sim::rc::channel::Impairment;
use nic_sim::rc::host_sends::{self, Scenario};
use nic_sim::rc::responder::{Bench, Input, Tamper, QPS};
use nic_sim::stimulus::{rng, seeds, soak, Handshake, TestRng};
use rand::Rng;
use std::collections::BTreeMap;

const SMOOTH: Handshake = Handshake { valid_percent: 100, ready_percent: 100, reset_one_in: 0 };

fn request(qp: usize, opcode: u8, psn: u32, ack_req: bool) -> Input {
    Input::Request(Request { qp, opcode, psn: psn & PSN_MASK, ack_req, consumer_full: false })
}

/// A request near the QP's expected PSN (so every place is hit), with a mostly sensible opcode.
fn random_request(rng: &mut TestRng, expected: u32, in_message: bool) -> Request {
    let offset: i64 = match rng.gen_range(0..10) {
        0..=5 => 0,
        6 | 7 => rng.gen_range(1..4),
        8 => -rng.gen_range(1..4),
        _ => rng.gen_range(-(1 << 23)..(1 << 23)),
    };
    let opcode = match rng.gen_range(0..12) {
        0..=8 if in_message => [0x01, 0x02, 0x03, 0x16][rng.gen_range(0..4)],
        0..=8 => [0x00, 0x04, 0x05, 0x17][rng.gen_range(0..4)],
        9 => rng.gen(),
        _ => [0x00, 0x01, 0x02, 0x04, 0x06, 0x0A, 0x0C, 0x11][rng.gen_range(0..8)],
    };
    Request {
        qp: 0,
        opcode,
        psn: (expected as i64 + offset).rem_euclid(1 << 24) as u32,
        ack_req: rng.gen_bool(0.3),
        consumer_full: rng.gen_bool(0.1),
    }
}

#[test]
fn directed_answers() {
    let mut rng = rng(1);
    let mut bench = Bench::new(1, 0x0E, SMOOTH, SMOOTH);
    let qp = 5;
    bench.push(Input::Configure { qp, expected_psn: PSN_MASK - 1 });
    // First (coalesced), Middle across the PSN wrap (AckReq: ACKed), a gap (one NAK, then silence),
    // a duplicate (re-ACK with expected − 1), the missing packet, Last (ACK, MSN 1).
    for (opcode, psn, ack_req) in
        [(0x00, PSN_MASK - 1, false), (0x01, PSN_MASK, true), (0x02, 2, false), (0x02, 3, false), (0x01, PSN_MASK, false), (0x01, 0, false), (0x02, 1, false)]
    {
        bench.push(request(qp, opcode, psn, ack_req));
    }
    // RNR on a message start the consumer cannot take, then the same packet accepted.
    bench.push(Input::Request(Request { qp, opcode: 0x04, psn: 2, ack_req: false, consumer_full: true }));
    bench.push(request(qp, 0x04, 2, false));
    // A WRITE, and a Middle outside a message: invalid request.
    bench.push(request(qp, 0x0A, 3, false));
    bench.push(request(qp, 0x01, 3, false));
    let verdicts = bench.drain(&mut rng, 1000).unwrap();
    let got: Vec<(ResponderOutcome, Option<(u8, u32, u32)>)> =
        verdicts.iter().map(|(_, v)| (v.outcome, v.answer.map(|a| (a.syndrome, a.psn, a.msn)))).collect();
    use ResponderOutcome::*;
    let expected = vec![
        (AcceptedCoalesced, None),
        (AcceptedAcked, Some((rc::SYNDROME_ACK, PSN_MASK, 0))),
        (OutOfSequenceNak, Some((rc::SYNDROME_NAK_PSN_SEQUENCE, 0, 0))),
        (OutOfSequenceSilent, None),
        (Duplicate, Some((rc::SYNDROME_ACK, PSN_MASK, 0))),
        (AcceptedCoalesced, None),
        (AcceptedAcked, Some((rc::SYNDROME_ACK, 1, 1))),
        (ReceiverNotReady, Some((rc::SYNDROME_RNR | 0x0E, 2, 1))),
        (AcceptedAcked, Some((rc::SYNDROME_ACK, 2, 2))),
        (InvalidRequest, Some((rc::SYNDROME_NAK_INVALID_REQUEST, 3, 2))),
        (InvalidRequest, Some((rc::SYNDROME_NAK_INVALID_REQUEST, 3, 2))),
    ];
    assert_eq!(got, expected);
    assert_eq!(verdicts.iter().filter(|(_, v)| v.deliver).count(), 5);
    bench.check_counters().unwrap();
}

#[test]
fn matches_model_on_random_requests() {
    let per_seed = if soak() { 200_000 } else { 20_000 };
    let mut total: BTreeMap<ResponderOutcome, u64> = BTreeMap::new();
    for seed in seeds(&[1, 2, 3, 4]) {
        let mut rng = rng(seed);
        let mut bench = Bench::new(seed, rng.gen_range(0..32), Handshake::random(&mut rng), Handshake::random(&mut rng));
        for qp in 0..QPS {
            bench.push(Input::Configure { qp, expected_psn: rng.gen_range(0..=PSN_MASK) });
        }
        let mut sent = 0;
        while sent < per_seed {
            // Requests are drawn against the model's state as it will be when they arrive, so
            // only a few are queued at a time.
            while bench.backlog() < 2 && sent < per_seed {
                if rng.gen_ratio(1, 200) {
                    bench.push(Input::Configure { qp: rng.gen_range(0..QPS), expected_psn: rng.gen_range(0..=PSN_MASK) });
                    continue;
                }
                let qp = rng.gen_range(0..QPS);
                let c = bench.model.contexts[qp];
                let mut r = random_request(&mut rng, c.expected_psn, c.in_message);
                r.qp = qp;
                bench.push(Input::Request(r));
                sent += 1;
            }
            bench.step(&mut rng).unwrap();
            if rng.gen_ratio(1, 50_000) {
                bench.drain(&mut rng, 10_000).unwrap();
                let counts = bench.check_counters().unwrap();
                counts.iter().for_each(|(o, n)| *total.entry(*o).or_default() += n);
                bench.reset();
                for qp in 0..QPS {
                    bench.push(Input::Configure { qp, expected_psn: rng.gen_range(0..=PSN_MASK) });
                }
            }
        }
        bench.drain(&mut rng, 10_000).unwrap();
        let counts = bench.check_counters().unwrap();
        counts.iter().for_each(|(o, n)| *total.entry(*o).or_default() += n);
    }
    println!("outcomes: {total:?}");
    for outcome in ResponderOutcome::ALL {
        assert!(total.get(&outcome).copied().unwrap_or(0) > 10, "outcome {} barely covered: {total:?}", outcome.name());
    }
}

fn scenario(rng: &mut TestRng) -> Scenario {
    Scenario::random_lossy(rng, if soak() { 200 } else { 20 })
}

#[test]
fn go_back_n_host_delivers_every_packet_once_in_order() {
    let mut totals = host_sends::Report::default();
    for seed in seeds(&[11, 12, 13, 14, 15, 16]) {
        let mut rng = rng(seed);
        let ready = Handshake { valid_percent: 100, ready_percent: rng.gen_range(50..=100), reset_one_in: 0 };
        let mut bench = Bench::new(seed, 1, SMOOTH, ready);
        let s = scenario(&mut rng);
        let r = host_sends::run(&mut bench, &s, &mut rng, 5_000_000).unwrap_or_else(|e| panic!("{e} (scenario {s:?})"));
        bench.check_counters().unwrap();
        println!("seed {seed}: {} packets delivered in {} cycles; links {:?} / {:?}; host {:?}", r.delivered, r.cycles, r.forward, r.backward, r.requesters);
        totals.delivered += r.delivered;
        totals.forward.lost += r.forward.lost;
        totals.forward.duplicated += r.forward.duplicated;
        totals.forward.reordered += r.forward.reordered;
        totals.backward.lost += r.backward.lost;
        totals.requesters.timeouts += r.requesters.timeouts;
        totals.requesters.sequence_naks += r.requesters.sequence_naks;
        totals.requesters.rnr_naks += r.requesters.rnr_naks;
        r.outcomes.iter().for_each(|(o, n)| *totals.outcomes.entry(*o).or_default() += n);
    }
    // The impairments did happen, and every recovery path ran.
    assert!(totals.forward.lost > 0 && totals.forward.duplicated > 0 && totals.forward.reordered > 0 && totals.backward.lost > 0, "{totals:?}");
    assert!(totals.requesters.timeouts > 0 && totals.requesters.sequence_naks > 0 && totals.requesters.rnr_naks > 0, "{totals:?}");
    for o in [ResponderOutcome::Duplicate, ResponderOutcome::OutOfSequenceNak, ResponderOutcome::OutOfSequenceSilent, ResponderOutcome::AcceptedCoalesced] {
        assert!(totals.outcomes.get(&o).copied().unwrap_or(0) > 0, "{o:?} never happened: {totals:?}");
    }
}

#[test]
fn scoreboard_catches_a_responder_that_delivers_duplicates() {
    let mut rng = rng(21);
    let mut bench = Bench::new(21, 1, SMOOTH, SMOOTH);
    bench.tamper = Tamper::DeliverDuplicates;
    bench.check_model = false;
    let mut s = scenario(&mut rng);
    s.forward = Impairment { loss_percent: 0, duplicate_percent: 20, min_delay: 20, jitter: 0 };
    let e = host_sends::run(&mut bench, &s, &mut rng, 1_000_000).expect_err("a re-delivered duplicate must fail the run");
    assert!(e.contains("delivered twice"), "{e}");
    // And the model comparison catches it on its own.
    let mut bench = Bench::new(21, 1, SMOOTH, SMOOTH);
    bench.tamper = Tamper::DeliverDuplicates;
    let e = host_sends::run(&mut bench, &s, &mut rng, 1_000_000).expect_err("the model comparison must fail");
    assert!(e.contains("model"), "{e}");
}
