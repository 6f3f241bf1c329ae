//! The MAC transmitter (issue 27) in Verilator against its model: every frame on GMII as the
//! model says, its FCS as an independent CRC-32 (crc32fast) computes it, the inter-frame gap
//! exact at line rate, and a frame whose stream pauses aborted with `tx_er`.

use nic_sim::models::gmii_tx::{line_rate_byte_times, wire_bytes, INTER_FRAME_GAP_BYTES};
use nic_sim::stimulus::{rng, seeds, TestRng};
use nic_sim::verilated::GmiiTx;
use rand::Rng;

/// One frame offered to the transmitter: its bytes, idle cycles before it, and (for the abort
/// test) a byte index before which the stream pauses for a cycle.
struct Offer {
    bytes: Vec<u8>,
    idle_before: u32,
    pause_at: Option<usize>,
}

/// What the wire carried: each run of `tx_en` (its bytes, whether `tx_er` was seen), with the
/// cycle it started and the idle cycles before it.
#[derive(Debug)]
struct WireFrame {
    bytes: Vec<u8>,
    error: bool,
    start: u64,
    idle_before: u64,
}

struct Bench {
    dut: GmiiTx,
    cycle: u64,
}

impl Bench {
    fn new() -> Self {
        let mut dut = GmiiTx::new();
        dut.set_reset(1);
        dut.cycle();
        dut.set_reset(0);
        Self { dut, cycle: 0 }
    }

    /// Offers the frames in order and records the wire until it has been idle for a while.
    fn run(&mut self, offers: &[Offer]) -> Result<Vec<WireFrame>, String> {
        let (mut frame, mut position, mut waited, mut paused) = (0, 0, 0, false);
        let mut wire: Vec<WireFrame> = Vec::new();
        let (mut open, mut idle, mut quiet) = (false, 0u64, 0);
        let limit = offers.iter().map(|o| o.bytes.len() as u64 + o.idle_before as u64 + 100).sum::<u64>() + 1000;
        while frame < offers.len() || quiet < 2 * INTER_FRAME_GAP_BYTES {
            let d = &mut self.dut;
            let offer = offers.get(frame);
            let pausing = offer.is_some_and(|o| o.pause_at == Some(position) && !paused);
            let valid = offer.is_some_and(|o| waited >= o.idle_before && !pausing);
            d.set_s_axis_tvalid(valid as u64);
            if let (true, Some(o)) = (valid, offer) {
                d.set_s_axis_tdata(o.bytes[position] as u64);
                d.set_s_axis_tlast((position + 1 == o.bytes.len()) as u64);
            }
            d.eval();
            // The pins, registered: what the wire carries this cycle.
            if d.gmii_tx_en() != 0 {
                if !open {
                    wire.push(WireFrame { bytes: vec![], error: false, start: self.cycle, idle_before: idle });
                    open = true;
                }
                let current = wire.last_mut().expect("opened");
                current.bytes.push(d.gmii_txd() as u8);
                current.error |= d.gmii_tx_er() != 0;
                idle = 0;
            } else {
                if d.gmii_tx_er() != 0 {
                    return Err(format!("cycle {}: tx_er without tx_en", self.cycle));
                }
                open = false;
                idle += 1;
            }
            if pausing {
                paused = true;
            }
            if let (true, Some(o)) = (valid, offer) {
                if d.s_axis_tready() != 0 {
                    position += 1;
                    if position == o.bytes.len() {
                        (frame, position, waited, paused) = (frame + 1, 0, 0, false);
                    }
                }
            } else if offer.is_some() && position == 0 {
                waited += 1;
            }
            quiet = if frame == offers.len() && d.gmii_tx_en() == 0 { quiet + 1 } else { 0 };
            d.cycle();
            self.cycle += 1;
            if self.cycle > limit {
                return Err(format!("stuck at cycle {} with frame {frame} of {} at byte {position}", self.cycle, offers.len()));
            }
        }
        Ok(wire)
    }
}

/// Frames of every size class: runts the MAC pads, the 60-byte edge, typical and full-size.
fn random_frame(rng: &mut TestRng) -> Vec<u8> {
    let len = match rng.gen_range(0..4) {
        0 => rng.gen_range(1..60),
        1 => rng.gen_range(59..62),
        2 => rng.gen_range(62..600),
        _ => rng.gen_range(600..=1514),
    };
    (0..len).map(|_| rng.gen()).collect()
}

fn check(seed: u64, result: Result<(), String>) {
    if let Err(e) = result {
        panic!("seed {seed} (replay with NIC_SEED={seed}): {e}");
    }
}

#[test]
fn every_frame_goes_out_padded_with_its_fcs_and_the_gap_kept() {
    for seed in seeds(&[1, 2, 3, 4]) {
        let mut rng = rng(seed);
        let offers: Vec<Offer> = (0..300)
            .map(|_| Offer { bytes: random_frame(&mut rng), idle_before: if rng.gen_bool(0.5) { 0 } else { rng.gen_range(1..40) }, pause_at: None })
            .collect();
        let mut bench = Bench::new();
        check(
            seed,
            (|| {
                let wire = bench.run(&offers)?;
                if wire.len() != offers.len() {
                    return Err(format!("{} frames on the wire for {} offered", wire.len(), offers.len()));
                }
                for (i, (offer, sent)) in offers.iter().zip(&wire).enumerate() {
                    if sent.error || sent.bytes != wire_bytes(&offer.bytes) {
                        return Err(format!("frame {i} ({} bytes): wire {:02x?}\n model {:02x?}", offer.bytes.len(), sent.bytes, wire_bytes(&offer.bytes)));
                    }
                    // The FCS by another CRC-32 implementation, over the padded frame.
                    let (body, fcs) = sent.bytes[8..].split_at(sent.bytes.len() - 12);
                    if crc32fast::hash(body).to_le_bytes() != fcs {
                        return Err(format!("frame {i}: FCS {fcs:02x?}, crc32fast {:08x}", crc32fast::hash(body)));
                    }
                    if i > 0 && sent.idle_before < INTER_FRAME_GAP_BYTES as u64 {
                        return Err(format!("frame {i}: {} idle cycles before it", sent.idle_before));
                    }
                }
                Ok(())
            })(),
        );
        assert_eq!(bench.dut.frames(), 300, "seed {seed}");
        assert_eq!(bench.dut.underruns(), 0, "seed {seed}");
    }
}

#[test]
fn back_to_back_frames_fill_the_wire_at_line_rate() {
    for len in [1usize, 60, 1514] {
        let offers: Vec<Offer> = (0..50).map(|i| Offer { bytes: vec![i as u8; len], idle_before: 0, pause_at: None }).collect();
        let wire = Bench::new().run(&offers).unwrap();
        assert!(wire.iter().skip(1).all(|w| w.idle_before == INTER_FRAME_GAP_BYTES as u64), "{len} B: exactly the gap between frames");
        let used = wire.last().unwrap().start + wire.last().unwrap().bytes.len() as u64 - wire[0].start + INTER_FRAME_GAP_BYTES as u64;
        assert_eq!(used, line_rate_byte_times(&vec![len; 50]), "{len} B frames take the wire's time and no more");
    }
}

#[test]
fn a_stream_that_pauses_mid_frame_aborts_it_with_tx_er_and_the_next_goes_out_whole() {
    let mut rng = rng(7);
    let first: Vec<u8> = (0..200).map(|_| rng.gen()).collect();
    let second: Vec<u8> = (0..100).map(|_| rng.gen()).collect();
    let offers = [
        Offer { bytes: first, idle_before: 0, pause_at: Some(77) },
        Offer { bytes: second.clone(), idle_before: 0, pause_at: None },
    ];
    let mut bench = Bench::new();
    let wire = bench.run(&offers).unwrap();
    assert_eq!(wire.len(), 2, "{wire:?}");
    assert!(wire[0].error && wire[0].bytes.len() == 8 + 77 + 1, "the aborted frame ends with the errored byte time: {} bytes", wire[0].bytes.len());
    assert!(!wire[1].error && wire[1].bytes == wire_bytes(&second), "the next frame is whole");
    assert!(wire[1].idle_before >= INTER_FRAME_GAP_BYTES as u64);
    assert_eq!((bench.dut.frames(), bench.dut.underruns()), (1, 1));
}
