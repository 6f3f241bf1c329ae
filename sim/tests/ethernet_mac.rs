//! The whole MAC (issue 27) through its clock crossings, in Verilator, at several ratios of the
//! core's clock to the line's: received frames reach the core whole and exact (bad ones never),
//! and a core that cannot keep up loses whole frames, counted; frames the core sends leave on the
//! line as the transmitter's model says, at line rate back to back, never underrun, and a frame
//! longer than the crossing is dropped whole and counted.

use nic_sim::mac::bursts::{on_the_wire, random_burst, Burst};
use nic_sim::mac::testbench::{run, MacClocks, MacRun, MacTraffic};
use nic_sim::models::gmii_rx::{receive, Verdict, DEFAULT_MAX_FRAME_BYTES};
use nic_sim::models::gmii_tx::{line_rate_byte_times, wire_bytes, INTER_FRAME_GAP_BYTES};
use nic_sim::stimulus::{rng, seeds, TestRng};
use nic_hdl::mac::ethernet_mac::MAC_FIFO_BYTES;
use rand::Rng;

/// The line's clocks at 125 MHz (transmit 125 ppm slow), the core's from 189 MHz to 25 MHz; no
/// ratio is a whole number, so the edges slide past each other.
const LINE_PS: u64 = 8_000;
const CORE_PERIODS_PS: [u64; 4] = [5_300, 10_000, 16_100, 39_700];

fn clocks(core_ps: u64) -> MacClocks {
    MacClocks { core_ps, rx_ps: LINE_PS, tx_ps: LINE_PS + 1 }
}

/// The good frames among the bursts, in order, and how many bursts the receiver counts by cause.
fn good_frames(bursts: &[Burst]) -> (Vec<Vec<u8>>, [u64; 6]) {
    let mut good = Vec::new();
    let mut counts = [0u64; 6];
    for burst in bursts {
        let (frame, verdict) = receive(&burst.bytes, DEFAULT_MAX_FRAME_BYTES as usize);
        let cause = [Verdict::Good, Verdict::PhyError, Verdict::Runt, Verdict::Oversize, Verdict::FcsError, Verdict::FramingError];
        counts[cause.iter().position(|&c| c == verdict).unwrap()] += 1;
        if verdict == Verdict::Good {
            good.push(frame.expect("a good frame comes out").bytes);
        }
    }
    (good, counts)
}

fn rx_counts(run: &MacRun) -> [u64; 6] {
    let c = &run.counters;
    [c.rx_frames, c.rx_phy_errors, c.rx_runts, c.rx_oversize, c.rx_fcs_errors, c.rx_framing_errors]
}

#[test]
fn received_frames_reach_the_core_whole_at_every_clock_ratio() {
    for seed in seeds(&[11, 12]) {
        for core_ps in CORE_PERIODS_PS {
            let mut rng = rng(seed);
            let bursts: Vec<Burst> = (0..300).map(|_| random_burst(&mut rng)).collect();
            let (expected, expected_counts) = good_frames(&bursts);
            // The core takes a word in three cycles of four: still faster than the line at 25 MHz.
            let traffic = MacTraffic { rx_bursts: bursts, core_ready_percent: 75, ..Default::default() };
            let out = run(clocks(core_ps), &traffic, &mut rng);
            let context = format!("seed {seed} (replay with NIC_SEED={seed}), core clock {core_ps} ps");
            assert_eq!(rx_counts(&out), expected_counts, "{context}: counters [good, rx_er, runt, oversize, fcs, framing]");
            assert_eq!(out.counters.rx_overflows, 0, "{context}: no overflow");
            assert_eq!(out.received.len(), expected.len(), "{context}: frames received");
            for (i, (got, want)) in out.received.iter().zip(&expected).enumerate() {
                assert!(got == want, "{context}: frame {i} ({} bytes, expected {})", got.len(), want.len());
            }
            assert!(expected_counts.iter().all(|&c| c > 0), "{context}: every cause exercised: {expected_counts:?}");
        }
    }
}

#[test]
fn a_core_that_cannot_keep_up_loses_whole_frames_counted_as_overflows() {
    for seed in seeds(&[13, 14]) {
        let mut rng = rng(seed);
        // Good frames back to back, to a 25 MHz core that takes a word one cycle in ten.
        let frames: Vec<Vec<u8>> = (0..60).map(|_| (0..rng.gen_range(60..=1518)).map(|_| rng.gen()).collect()).collect();
        let bursts: Vec<Burst> = frames.iter().map(|f| Burst { bytes: on_the_wire(&mut rng, f), idle_before: 12 }).collect();
        let traffic = MacTraffic { rx_bursts: bursts, core_ready_percent: 10, ..Default::default() };
        let out = run(clocks(39_700), &traffic, &mut rng);
        let context = format!("seed {seed} (replay with NIC_SEED={seed})");
        assert_eq!(out.counters.rx_frames, frames.len() as u64, "{context}: the receiver judged every frame good");
        assert!(out.counters.rx_overflows > 0, "{context}: the crossing overflowed");
        assert_eq!(out.received.len() as u64 + out.counters.rx_overflows, frames.len() as u64, "{context}: every frame received or counted");
        // What arrived is whole and in order: a subsequence of the frames sent.
        let mut remaining = frames.iter();
        for (i, got) in out.received.iter().enumerate() {
            assert!(remaining.any(|f| f == got), "{context}: received frame {i} ({} bytes) is not a whole frame in order", got.len());
        }
    }
}

/// Frames to send: 1–1514 bytes, and one in ten longer than the crossing holds.
fn frames_to_send(rng: &mut TestRng, count: usize) -> Vec<Vec<u8>> {
    (0..count)
        .map(|_| {
            let len = match rng.gen_range(0..10) {
                0 => rng.gen_range(MAC_FIFO_BYTES + 1..MAC_FIFO_BYTES + 600),
                1..=3 => rng.gen_range(1..=64),
                _ => rng.gen_range(65..=1514),
            };
            (0..len).map(|_| rng.gen()).collect()
        })
        .collect()
}

/// Checks the line against the transmitter's model: the frames that fit, in order, none errored,
/// no gap shorter than the inter-frame gap.
fn assert_sent_as_the_model_says(out: &MacRun, frames: &[Vec<u8>], context: &str) {
    let fitting: Vec<&Vec<u8>> = frames.iter().filter(|f| f.len() <= MAC_FIFO_BYTES).collect();
    assert_eq!(out.counters.tx_oversize, (frames.len() - fitting.len()) as u64, "{context}: oversize frames counted");
    assert_eq!(out.counters.tx_underruns, 0, "{context}: no underrun");
    assert_eq!(out.counters.tx_frames, fitting.len() as u64, "{context}: frames sent");
    assert_eq!(out.sent.len(), fitting.len(), "{context}: frames on the line");
    for (i, (line, frame)) in out.sent.iter().zip(&fitting).enumerate() {
        assert!(!line.errored, "{context}: frame {i} errored on the line");
        assert!(line.bytes == wire_bytes(frame), "{context}: frame {i} ({} bytes) differs from the model", frame.len());
        assert!(i == 0 || line.idle_before >= INTER_FRAME_GAP_BYTES as u64, "{context}: gap before frame {i}: {}", line.idle_before);
    }
}

#[test]
fn frames_sent_by_the_core_leave_whole_at_every_clock_ratio() {
    for seed in seeds(&[15, 16]) {
        for core_ps in CORE_PERIODS_PS {
            let mut rng = rng(seed);
            let frames = frames_to_send(&mut rng, 60);
            let traffic = MacTraffic { tx_frames: frames.clone(), core_valid_percent: 60, ..Default::default() };
            let out = run(clocks(core_ps), &traffic, &mut rng);
            let context = format!("seed {seed} (replay with NIC_SEED={seed}), core clock {core_ps} ps");
            assert_sent_as_the_model_says(&out, &frames, &context);
        }
    }
}

#[test]
fn the_largest_frame_the_crossing_holds_is_sent_and_one_byte_more_is_dropped() {
    let mut rng = rng(17);
    let frames: Vec<Vec<u8>> =
        [MAC_FIFO_BYTES, MAC_FIFO_BYTES + 1, 60, MAC_FIFO_BYTES - 1].iter().map(|&len| (0..len).map(|_| rng.gen()).collect()).collect();
    let traffic = MacTraffic { tx_frames: frames.clone(), core_valid_percent: 100, ..Default::default() };
    let out = run(clocks(10_000), &traffic, &mut rng);
    assert_sent_as_the_model_says(&out, &frames, "boundary frames");
    assert_eq!(out.counters.tx_oversize, 1);
}

#[test]
fn back_to_back_frames_cross_at_line_rate() {
    let mut rng = rng(18);
    for len in [60usize, 1514] {
        let frames: Vec<Vec<u8>> = (0..40).map(|_| (0..len).map(|_| rng.gen()).collect()).collect();
        // Receive: the shortest gap the receiver takes; send: a core that always has the next word.
        let bursts: Vec<Burst> = frames.iter().map(|f| Burst { bytes: on_the_wire(&mut rng, f), idle_before: 1 }).collect();
        let traffic = MacTraffic { rx_bursts: bursts, tx_frames: frames.clone(), core_ready_percent: 100, core_valid_percent: 100 };
        let out = run(clocks(10_000), &traffic, &mut rng);
        assert_eq!(out.received, frames, "{len} B: every frame received");
        assert_sent_as_the_model_says(&out, &frames, &format!("{len} B"));
        assert!(out.sent.iter().skip(1).all(|f| f.idle_before == INTER_FRAME_GAP_BYTES as u64), "{len} B: every gap the shortest");
        let lengths = vec![len; frames.len()];
        assert_eq!(out.tx_busy_byte_times, line_rate_byte_times(&lengths) - INTER_FRAME_GAP_BYTES as u64, "{len} B: line rate");
    }
}
