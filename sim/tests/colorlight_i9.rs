//! The Colorlight i9's NIC (issue 27) in Verilator through its RGMII pins: a host on the wire
//! sends the whole-path self-test's frames (NVMe command capsules over RoCEv2, and its ACKs) as
//! RGMII symbols, each with its FCS, each once the NIC has sent the SENDs it waits for; controller
//! A's link is pulled where the image says. Every frame the NIC puts on the wire has a good FCS
//! and is byte for byte the frame the reference models expect, in order, and the QP on A fails
//! over to B on the way.

use nic_hdl::board::nic_self_test_image::NicSelfTestImage;
use nic_sim::mac::bursts::with_fcs;
use nic_sim::mac::clock_domains::ClockDomains;
use nic_sim::models::rgmii::{decode, encode};
use nic_sim::verilated::ColorlightI9Core;

/// Byte 42 of a frame: the BTH opcode; 0x11 is Acknowledge.
const OPCODE_BYTE: usize = 42;
const OPCODE_ACKNOWLEDGE: u8 = 0x11;
/// The core at 50 MHz; the board's 125 MHz transmit clock; the PHY's receive clock 100 ppm off it.
const CORE_PS: u64 = 20_000;
const TX_PS: u64 = 8_000;
const RX_PS: u64 = 8_001;
const CORE: usize = 0;
const TX: usize = 1;
const RX: usize = 2;
const RESET_EDGES: u64 = 4;
/// Receive byte times between frames the host sends (the inter-frame gap).
const HOST_GAP: usize = 12;
/// Core cycles without a new frame on the wire after which the run ends.
const QUIET_CORE_CYCLES: u64 = 20_000;
const DEADLINE_CORE_CYCLES: u64 = 2_000_000;

#[test]
fn a_host_on_the_rgmii_pins_gets_the_models_answers_through_a_failover() {
    let image = NicSelfTestImage::committed();
    assert!(image.frames.iter().any(|f| f.pull_link_a), "the image pulls controller A's link");
    let mut dut = ColorlightI9Core::new();
    let mut domains = ClockDomains::new(&[CORE_PS, TX_PS, RX_PS]);
    let mut edges = [0u64; 3];
    // Host side: the symbols of the frame being sent, and the next frame.
    let (mut next_frame, mut symbols, mut at): (usize, Vec<Option<u8>>, usize) = (0, Vec::new(), 0);
    let mut link_a_pulled = false;
    // NIC side: bytes while TX_EN, frames as they end.
    let (mut on_wire, mut sent_frames, mut errored): (Vec<u8>, Vec<Vec<u8>>, bool) = (Vec::new(), Vec::new(), false);
    let mut last_progress = 0u64;
    loop {
        let domain = domains.next_rise();
        let in_reset = edges[domain] < RESET_EDGES;
        edges[domain] += 1;
        match domain {
            CORE => {
                dut.set_clock(0);
                dut.set_reset(in_reset as u64);
                // The host sends its next frame once the NIC has sent the SENDs it waits for.
                let sends_seen = sent_frames.iter().filter(|f| f.get(OPCODE_BYTE + 8) != Some(&OPCODE_ACKNOWLEDGE)).count();
                if dut.ready() != 0 && at == symbols.len() && next_frame < image.frames.len() && sends_seen >= image.frames[next_frame].gate as usize {
                    let frame = &image.frames[next_frame];
                    link_a_pulled |= frame.pull_link_a;
                    symbols = with_fcs(7, &frame.bytes).into_iter().map(Some).chain(std::iter::repeat_n(None, HOST_GAP)).collect();
                    at = 0;
                    next_frame += 1;
                    last_progress = edges[CORE];
                }
                dut.set_pull_link_a(link_a_pulled as u64);
                dut.eval();
                dut.set_clock(1);
                dut.eval();
            }
            TX => {
                dut.set_tx_reset(in_reset as u64);
                let mut halves = [(0u8, false); 2];
                for (half, level) in [(0, 1u64), (1, 0)] {
                    dut.set_tx_clock(level);
                    dut.eval();
                    halves[half] = (dut.rgmii_txd() as u8, dut.rgmii_tx_ctl() != 0);
                }
                let (byte, enable, error) = decode(halves);
                errored |= error;
                if enable {
                    on_wire.push(byte);
                } else if !on_wire.is_empty() {
                    sent_frames.push(std::mem::take(&mut on_wire));
                    last_progress = edges[CORE];
                }
            }
            RX => {
                dut.set_rx_reset(in_reset as u64);
                let symbol = if in_reset { None } else { symbols.get(at).copied().flatten() };
                if !in_reset && at < symbols.len() {
                    at += 1;
                }
                let halves = match symbol {
                    Some(byte) => encode(byte, true, false),
                    None => encode(0, false, false),
                };
                for (half, level) in [(0, 1u64), (1, 0)] {
                    dut.set_rgmii_rxd(halves[half].0 as u64);
                    dut.set_rgmii_rx_ctl(halves[half].1 as u64);
                    dut.eval();
                    dut.set_rgmii_rxc(level);
                    dut.eval();
                }
            }
            _ => unreachable!("three clock domains"),
        }
        let all_sent = next_frame == image.frames.len() && at == symbols.len();
        if all_sent && edges[CORE] - last_progress > QUIET_CORE_CYCLES {
            break;
        }
        assert!(
            edges[CORE] < DEADLINE_CORE_CYCLES,
            "no end by {DEADLINE_CORE_CYCLES} core cycles: {next_frame} of {} host frames sent, {} frames from the NIC",
            image.frames.len(),
            sent_frames.len()
        );
        if !all_sent && edges[CORE] - last_progress > QUIET_CORE_CYCLES {
            panic!(
                "stuck: host frame {next_frame} waits for {} SENDs, the NIC sent {} frames (ready {}, rx_frames {}, tx_frames {})",
                image.frames[next_frame.min(image.frames.len() - 1)].gate,
                sent_frames.len(),
                dut.ready(),
                dut.rx_frames(),
                dut.tx_frames()
            );
        }
    }

    eprintln!("core cycles {}, host frames {}, NIC frames {}", edges[CORE], next_frame, sent_frames.len());
    assert!(!errored, "no byte on the wire was errored");
    assert_eq!(dut.rx_frames(), image.frames.len() as u64, "the MAC took every host frame as good");
    assert_eq!(dut.rx_fcs_errors(), 0);
    let (mut acks, mut sends) = (Vec::new(), Vec::new());
    for (i, wire) in sent_frames.iter().enumerate() {
        assert!(wire.len() > 12 && wire[..7] == [0x55; 7] && wire[7] == 0xD5, "NIC frame {i}: preamble and delimiter");
        let frame_and_fcs = &wire[8..];
        let mut crc = crc32fast::Hasher::new();
        crc.update(&frame_and_fcs[..frame_and_fcs.len() - 4]);
        assert_eq!(crc.finalize().to_le_bytes(), frame_and_fcs[frame_and_fcs.len() - 4..], "NIC frame {i}: FCS");
        let frame = frame_and_fcs[..frame_and_fcs.len() - 4].to_vec();
        if frame.get(OPCODE_BYTE) == Some(&OPCODE_ACKNOWLEDGE) {
            acks.push(frame);
        } else {
            sends.push(frame);
        }
    }
    assert_eq!(acks.len(), image.acks.len(), "ACK frames");
    assert_eq!(sends.len(), image.sends.len(), "SEND frames");
    for (i, (got, want)) in acks.iter().zip(&image.acks).enumerate() {
        assert!(got == want, "ACK {i} differs from the models'\n got {got:02x?}\nwant {want:02x?}");
    }
    for (i, (got, want)) in sends.iter().zip(&image.sends).enumerate() {
        assert!(got == want, "SEND {i} differs from the models'\n got {got:02x?}\nwant {want:02x?}");
    }
    assert!(dut.failovers() >= 1, "the QP on controller A failed over to B");
    assert_eq!(dut.tx_frames(), sent_frames.len() as u64);
}
