//! The RC requester's RTL (Verilator) in a closed loop with the hosts' RC endpoints over lossy,
//! duplicating, reordering links, every packet checked against the segmentation model; and its
//! defined reactions to bad input (length faults, QPs not set up, fatal NAKs, a host that never
//! answers). `NIC_SEED` replays one seed; `NIC_SOAK=1` runs ten times the traffic.

use nic_hdl::roce::rc::{self, CompletionStatus, RequesterEvent, WrKind};
use nic_sim::rc::nic_sends::{self, Scenario};
use nic_sim::rc::requester::{Bench, Completion, QpSetup, Response, Traffic, WorkRequest, RING_BYTES};
use nic_sim::stimulus::{rng, seeds, soak, TestRng};

fn scenario(rng: &mut TestRng, impaired: bool) -> Scenario {
    Scenario::random(rng, impaired, if soak() { 400 } else { 40 })
}

#[test]
fn lossless_links_deliver_everything_with_no_retransmission() {
    let mut rng = rng(1);
    let mut bench = Bench::new(1, Traffic::smooth(), 7);
    let s = scenario(&mut rng, false);
    let r = nic_sends::run(&mut bench, &s, &mut rng, 2_000_000).unwrap();
    println!("{} packets, {} bytes in {} cycles; {:?}", r.packets_delivered, r.bytes_delivered, r.cycles, r.counters);
    assert_eq!(r.counters[&RequesterEvent::PacketResent], 0);
    assert_eq!(r.counters[&RequesterEvent::Timeout], 0);
}

#[test]
fn go_back_n_delivers_every_message_once_in_order_over_lossy_links() {
    let mut totals = std::collections::BTreeMap::new();
    let (mut lost, mut duplicated, mut reordered) = (0, 0, 0);
    // Seed 30 loses a READ's First response while older WRITEs are unacknowledged (a READ once
    // completed short there: docs/rc-transport.md, "Verification").
    for seed in seeds(&[2, 3, 4, 5, 6, 7, 30]) {
        let mut rng = rng(seed);
        let traffic = Traffic::random(&mut rng);
        let mut bench = Bench::new(seed, traffic, 7);
        let s = scenario(&mut rng, true);
        let r = nic_sends::run(&mut bench, &s, &mut rng, 20_000_000).unwrap_or_else(|e| panic!("{e}\n(scenario {s:?})"));
        println!("seed {seed}: {} packets / {} WRs in {} cycles; links {:?} / {:?}; {:?}", r.packets_delivered, r.wrs_completed, r.cycles, r.forward, r.backward, r.counters);
        r.counters.iter().for_each(|(e, n)| *totals.entry(*e).or_insert(0) += n);
        lost += r.forward.lost + r.backward.lost;
        duplicated += r.forward.duplicated + r.backward.duplicated;
        reordered += r.forward.reordered + r.backward.reordered;
    }
    assert!(lost > 0 && duplicated > 0 && reordered > 0);
    for e in [RequesterEvent::PacketResent, RequesterEvent::Timeout, RequesterEvent::SequenceNak, RequesterEvent::RnrNak, RequesterEvent::StaleAck, RequesterEvent::WrRefused] {
        assert!(totals.get(&e).copied().unwrap_or(0) > 0, "{} never happened: {totals:?}", e.name());
    }
}

fn setup(first_psn: u32, retry_limit: u8) -> QpSetup {
    QpSetup { enable: true, first_psn, mtu_shift: 0, timeout: 400, retry_limit }
}

fn wr(qp: usize, tag: u8, length: usize) -> WorkRequest {
    WorkRequest { qp, kind: WrKind::Write, va: 0x1000, rkey: 7, tag, length: length as u32, payload: vec![tag; length] }
}

/// Steps until `n` completions arrived (or fails after `limit` cycles); the packets sent meanwhile.
fn run_until(bench: &mut Bench, rng: &mut TestRng, n: usize, limit: u64) -> Vec<nic_sim::rc::requester::TxPacket> {
    let mut sent = Vec::new();
    for _ in 0..limit {
        sent.extend(bench.step(rng).unwrap());
        if bench.completions.len() >= n {
            return sent;
        }
    }
    panic!("{} of {n} completions after {limit} cycles: {:?}", bench.completions.len(), bench.completions);
}

/// A few cycles for the engine to finish the step that produced the last completion.
fn settle(bench: &mut Bench, rng: &mut TestRng) {
    for _ in 0..8 {
        assert!(bench.step(rng).unwrap().is_empty());
    }
}

#[test]
fn a_host_that_never_answers_ends_in_retry_exceeded_not_a_stall() {
    let mut rng = rng(31);
    let mut bench = Bench::new(31, Traffic::smooth(), 0);
    bench.setup(1, setup(100, 3));
    bench.post(wr(1, 1, 600)); // three packets at MTU 256
    bench.post(wr(1, 2, 10));
    let sent = run_until(&mut bench, &mut rng, 2, 100_000);
    // Sent once, then again after each of three timeouts; the fourth exceeds the limit.
    assert_eq!(sent.len(), 4 * 4, "{sent:?}");
    assert_eq!(
        bench.completions,
        vec![Completion { qp: 1, tag: 1, status: Some(CompletionStatus::RetryExceeded) }, Completion { qp: 1, tag: 2, status: Some(CompletionStatus::Flushed) }]
    );
    settle(&mut bench, &mut rng);
    assert_eq!(bench.dut.qp_error(), 0b10);
    // New work for a QP in error completes Flushed at once; setting it up again clears the error.
    bench.post(wr(1, 3, 8));
    run_until(&mut bench, &mut rng, 3, 1000);
    assert_eq!(bench.completions[2].status, Some(CompletionStatus::Flushed));
    bench.setup(1, setup(200, 3));
    bench.post(wr(1, 4, 8));
    let sent = run_until(&mut bench, &mut rng, 3, 200);
    let _ = sent;
    for _ in 0..200 {
        for p in bench.step(&mut rng).unwrap() {
            bench.respond(1, rc::SYNDROME_ACK, p.psn);
        }
    }
    assert_eq!(bench.completions[3], Completion { qp: 1, tag: 4, status: Some(CompletionStatus::Success) });
    assert_eq!(bench.dut.qp_error(), 0);
    let c = bench.counters();
    assert_eq!((c[&RequesterEvent::Timeout], c[&RequesterEvent::RetryExceeded], c[&RequesterEvent::WrRefused]), (3, 1, 1));
}

#[test]
fn a_fatal_nak_completes_with_remote_error_and_flushes() {
    for syndrome in [rc::SYNDROME_NAK_INVALID_REQUEST, rc::SYNDROME_NAK_REMOTE_ACCESS, rc::SYNDROME_NAK_REMOTE_OPERATIONAL] {
        let mut rng = rng(32);
        let mut bench = Bench::new(32, Traffic::smooth(), 0);
        bench.setup(2, setup(rc::PSN_MASK, 7));
        bench.post(wr(2, 1, 100));
        bench.post(wr(2, 2, 100));
        bench.post(wr(2, 3, 100));
        let mut sent = Vec::new();
        while sent.len() < 3 {
            sent.extend(bench.step(&mut rng).unwrap());
        }
        // The first is acknowledged, the second refused.
        bench.respond(2, rc::SYNDROME_ACK, sent[0].psn);
        bench.respond(2, syndrome, sent[1].psn);
        run_until(&mut bench, &mut rng, 3, 1000);
        let statuses: Vec<_> = bench.completions.iter().map(|c| (c.tag, c.status.unwrap())).collect();
        assert_eq!(statuses, vec![(1, CompletionStatus::Success), (2, CompletionStatus::RemoteError), (3, CompletionStatus::Flushed)]);
        settle(&mut bench, &mut rng);
        assert_eq!(bench.dut.qp_error(), 0b100);
    }
}

#[test]
fn bad_work_requests_complete_with_a_status_and_send_nothing() {
    let mut rng = rng(33);
    let mut bench = Bench::new(33, Traffic::smooth(), 0);
    bench.setup(0, setup(5, 7));
    let mut short = wr(0, 1, 64);
    short.length = 80;
    let mut long = wr(0, 2, 64);
    long.length = 40;
    let huge = wr(0, 3, RING_BYTES + 8);
    let disabled = wr(3, 4, 16); // QP 3 was never set up
    for w in [short, long, huge, disabled] {
        bench.post(w);
    }
    bench.post(wr(0, 5, 8));
    let sent = run_until(&mut bench, &mut rng, 4, 5000);
    let statuses: Vec<_> = bench.completions.iter().map(|c| (c.tag, c.status.unwrap())).collect();
    assert_eq!(
        statuses,
        vec![(1, CompletionStatus::LocalLength), (2, CompletionStatus::LocalLength), (3, CompletionStatus::LocalLength), (4, CompletionStatus::Flushed)]
    );
    // Only the good one went out, with the first PSN.
    let sent: Vec<_> = sent.into_iter().chain((0..100).flat_map(|_| bench.step(&mut rng).unwrap())).collect();
    assert_eq!(sent.len(), 1);
    assert_eq!((sent[0].psn, sent[0].payload.clone()), (5, vec![5u8; 8]));
    // A stale ACK (a PSN never sent) is ignored and counted.
    bench.respond(0, rc::SYNDROME_ACK, 77);
    for _ in 0..50 {
        bench.step(&mut rng).unwrap();
    }
    assert_eq!(bench.completions.len(), 4);
    assert_eq!(bench.counters()[&RequesterEvent::StaleAck], 1);
}

#[test]
fn the_packet_comparison_catches_a_corrupted_byte() {
    let mut rng = rng(34);
    let mut bench = Bench::new(34, Traffic::smooth(), 7);
    let mut s = scenario(&mut rng, false);
    s.tamper = true;
    let e = nic_sends::run(&mut bench, &s, &mut rng, 1_000_000).expect_err("a corrupted payload must fail the run");
    assert!(e.contains("RTL:") && e.contains("model:"), "{e}");
}

#[test]
fn a_single_lost_packet_is_resent_after_the_next_one_arrives() {
    // 8 KiB as two WRITEs at MTU 1024: lose the third packet; the fourth draws a NAK.
    let mut rng = rng(35);
    let mut bench = Bench::new(35, Traffic::smooth(), 7);
    let mut s = Scenario::writes(2, 4096, 2, 40);
    s.drop_once = vec![(0, 2)];
    let r = nic_sends::run(&mut bench, &s, &mut rng, 1_000_000).unwrap();
    assert_eq!((r.counters[&RequesterEvent::SequenceNak], r.counters[&RequesterEvent::Timeout]), (1, 0), "{:?}", r.counters);
    // Go-back-N: the lost packet and the one after it (already sent) go again.
    assert!(r.counters[&RequesterEvent::PacketResent] >= 1);
    assert_eq!(r.counters[&RequesterEvent::PacketResent], r.last_sent.iter().filter(|(k, t)| r.first_sent[k] != **t).count() as u64);
}

#[test]
fn a_read_response_that_does_not_fit_its_request_puts_the_qp_in_error() {
    // A 2 KiB READ at MTU 256 takes eight response PSNs; a First of the wrong length is refused.
    let mut rng = rng(36);
    let mut bench = Bench::new(36, Traffic::smooth(), 0);
    bench.setup(0, setup(40, 7));
    let read = WorkRequest { qp: 0, kind: WrKind::Read, va: 0x8000, rkey: 9, tag: 1, length: 2048, payload: vec![] };
    bench.post(read);
    bench.post(wr(0, 2, 8));
    let mut sent = Vec::new();
    while sent.len() < 2 {
        sent.extend(bench.step(&mut rng).unwrap());
    }
    assert_eq!((sent[0].opcode, sent[0].psn, sent[0].reth), (0x0C, 40, (0x8000, 9, 2048)));
    assert_eq!(sent[1].psn, 48, "the WRITE follows the READ's eight response PSNs");
    // The first response, right: its data comes out with the READ's tag.
    bench.respond_with(Response { qp: 0, opcode: rc::READ_RESPONSE_FIRST, syndrome: rc::SYNDROME_ACK, psn: 40, payload: vec![7; 256] });
    // The second, 8 bytes short.
    bench.respond_with(Response { qp: 0, opcode: rc::READ_RESPONSE_MIDDLE, syndrome: rc::SYNDROME_ACK, psn: 41, payload: vec![7; 248] });
    run_until(&mut bench, &mut rng, 2, 2000);
    let statuses: Vec<_> = bench.completions.iter().map(|c| (c.tag, c.status.unwrap())).collect();
    assert_eq!(statuses, vec![(1, CompletionStatus::RemoteError), (2, CompletionStatus::Flushed)]);
    settle(&mut bench, &mut rng);
    assert_eq!(bench.dut.qp_error(), 1);
    assert!(bench.reads.is_empty(), "no READ completed its data");
    assert_eq!(bench.counters()[&RequesterEvent::RemoteError], 1);
}

#[test]
fn a_read_response_acknowledges_the_writes_before_its_read() {
    // A WRITE (PSN 40), then a 512-byte READ (PSNs 41–42) at MTU 256; the host leaves the WRITE's
    // ACK to the READ Responses, as a responder may: the WRITE completes, the READ's data comes
    // out whole, nothing is sent again.
    let mut rng = rng(37);
    let mut bench = Bench::new(37, Traffic::smooth(), 0);
    bench.setup(0, setup(40, 7));
    bench.post(wr(0, 1, 8));
    bench.post(WorkRequest { qp: 0, kind: WrKind::Read, va: 0x8000, rkey: 9, tag: 2, length: 512, payload: vec![] });
    let mut sent = Vec::new();
    while sent.len() < 2 {
        sent.extend(bench.step(&mut rng).unwrap());
    }
    assert_eq!((sent[0].psn, sent[1].opcode, sent[1].psn), (40, 0x0C, 41));
    bench.respond_with(Response { qp: 0, opcode: rc::READ_RESPONSE_FIRST, syndrome: rc::SYNDROME_ACK, psn: 41, payload: vec![3; 256] });
    bench.respond_with(Response { qp: 0, opcode: rc::READ_RESPONSE_LAST, syndrome: rc::SYNDROME_ACK, psn: 42, payload: vec![4; 256] });
    let mut more = run_until(&mut bench, &mut rng, 2, 2000);
    // The last response's data may still be on its way out when its READ completes.
    for _ in 0..500 {
        more.extend(bench.step(&mut rng).unwrap());
    }
    let statuses: Vec<_> = bench.completions.iter().map(|c| (c.tag, c.status.unwrap())).collect();
    assert_eq!(statuses, vec![(1, CompletionStatus::Success), (2, CompletionStatus::Success)]);
    let data: Vec<u8> = [vec![3u8; 256], vec![4u8; 256]].concat();
    assert!(bench.read_errors.is_empty(), "{:?}", bench.read_errors);
    assert_eq!(bench.reads, vec![(0, 2, data)]);
    assert!(more.is_empty(), "nothing sent again: {more:?}");
    let c = bench.counters();
    assert_eq!((c[&RequesterEvent::SequenceNak], c[&RequesterEvent::PacketResent], c[&RequesterEvent::StaleAck]), (0, 0, 0), "{c:?}");
}
