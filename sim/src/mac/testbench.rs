//! The whole MAC (`ethernet_mac`, three clocks) in Verilator: GMII bursts in on the receive line,
//! frames to send from the core, each clock at its own period. What comes out is collected: the
//! frames the core receives, the frames on the transmit line with the idle time before each, and
//! the counters.

use super::bursts::Burst;
use super::clock_domains::ClockDomains;
use crate::stimulus::TestRng;
use crate::verilated::EthernetMac;
use rand::Rng;

/// Clock periods in picoseconds (8 000 is 125 MHz).
#[derive(Clone, Copy, Debug)]
pub struct MacClocks {
    pub core_ps: u64,
    pub rx_ps: u64,
    pub tx_ps: u64,
}

const CORE: usize = 0;
const RX: usize = 1;
const TX: usize = 2;
/// Edges each domain is held in reset at the start.
const RESET_EDGES: u64 = 4;
/// A run ends when the stimulus is done, every domain has had this many edges since, and the
/// core and transmit streams have been quiet for as many.
const DRAIN_EDGES: u64 = 400;

/// What the MAC is given.
#[derive(Clone, Debug, Default)]
pub struct MacTraffic {
    pub rx_bursts: Vec<Burst>,
    /// Frames the core sends (destination MAC first, no FCS).
    pub tx_frames: Vec<Vec<u8>>,
    /// Percent of core cycles the core takes a received word.
    pub core_ready_percent: u32,
    /// Percent of core cycles the core starts offering its next word to send.
    pub core_valid_percent: u32,
}

/// A frame on the transmit line: the bytes while `tx_en` was high.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineFrame {
    pub bytes: Vec<u8>,
    pub errored: bool,
    /// Transmit byte times with `tx_en` low since the previous frame (since reset for the first).
    pub idle_before: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MacCounters {
    pub rx_frames: u64,
    pub rx_phy_errors: u64,
    pub rx_runts: u64,
    pub rx_oversize: u64,
    pub rx_fcs_errors: u64,
    pub rx_framing_errors: u64,
    pub rx_overflows: u64,
    pub tx_frames: u64,
    pub tx_underruns: u64,
    pub tx_oversize: u64,
}

#[derive(Clone, Debug)]
pub struct MacRun {
    /// Frames the core received, in order.
    pub received: Vec<Vec<u8>>,
    /// Frames on the transmit line, in order.
    pub sent: Vec<LineFrame>,
    pub counters: MacCounters,
    /// Transmit byte times from the first frame's first byte to the last frame's last.
    pub tx_busy_byte_times: u64,
}

fn counters(dut: &EthernetMac) -> MacCounters {
    MacCounters {
        rx_frames: dut.rx_frames(),
        rx_phy_errors: dut.rx_phy_errors(),
        rx_runts: dut.rx_runts(),
        rx_oversize: dut.rx_oversize(),
        rx_fcs_errors: dut.rx_fcs_errors(),
        rx_framing_errors: dut.rx_framing_errors(),
        rx_overflows: dut.rx_overflows(),
        tx_frames: dut.tx_frames(),
        tx_underruns: dut.tx_underruns(),
        tx_oversize: dut.tx_oversize(),
    }
}

/// The GMII symbols of the bursts, one per receive byte time: (byte, `rx_dv`, `rx_er`).
fn rx_symbols(bursts: &[Burst]) -> Vec<(u8, bool, bool)> {
    let mut symbols = Vec::new();
    for burst in bursts {
        symbols.extend((0..burst.idle_before).map(|_| (0, false, false)));
        symbols.extend(burst.bytes.iter().map(|&(byte, error)| (byte, true, error)));
    }
    symbols
}

/// A frame as 64-bit words with `tkeep` (byte 0 in bits 7:0) and `tlast`; the lanes a last word
/// does not keep hold junk, which the MAC must not send.
fn words(frame: &[u8], rng: &mut TestRng) -> Vec<(u64, u64, bool)> {
    let chunks: Vec<&[u8]> = frame.chunks(8).collect();
    chunks
        .iter()
        .enumerate()
        .map(|(i, chunk)| {
            let mut bytes: [u8; 8] = rng.gen();
            bytes[..chunk.len()].copy_from_slice(chunk);
            (u64::from_le_bytes(bytes), (1u64 << chunk.len()) - 1, i + 1 == chunks.len())
        })
        .collect()
}

/// Runs the traffic through the MAC until everything has come out and the streams are quiet.
pub fn run(clocks: MacClocks, traffic: &MacTraffic, rng: &mut TestRng) -> MacRun {
    assert!(traffic.tx_frames.iter().all(|f| !f.is_empty()), "a frame to send has at least one byte");
    let mut dut = EthernetMac::new();
    let mut domains = ClockDomains::new(&[clocks.core_ps, clocks.rx_ps, clocks.tx_ps]);
    let mut edges = [0u64; 3];
    let symbols = rx_symbols(&traffic.rx_bursts);
    let to_send: Vec<Vec<(u64, u64, bool)>> = traffic.tx_frames.iter().map(|f| words(f, rng)).collect();
    let (mut next_symbol, mut send_frame, mut send_word, mut offering) = (0usize, 0usize, 0usize, false);
    let mut received = Vec::new();
    let mut receiving: Vec<u8> = Vec::new();
    let mut sent: Vec<LineFrame> = Vec::new();
    let mut on_line: Option<LineFrame> = None;
    let (mut idle, mut first_byte_at, mut last_byte_at) = (0u64, None, 0u64);
    let (mut core_quiet, mut tx_quiet) = (0u64, 0u64);
    // Generous: every byte of traffic many times over at the slowest ratio used.
    let budget: u64 = 200_000 + 100 * (symbols.len() as u64 + traffic.tx_frames.iter().map(|f| f.len() as u64).sum::<u64>());
    let mut total_edges = 0u64;
    let mut edges_at_end: Option<[u64; 3]> = None;

    loop {
        let domain = domains.next_rise();
        let in_reset = edges[domain] < RESET_EDGES;
        edges[domain] += 1;
        total_edges += 1;
        match domain {
            CORE => {
                dut.set_clock(0);
                dut.set_reset(in_reset as u64);
                let ready = !in_reset && rng.gen_range(0..100) < traffic.core_ready_percent;
                dut.set_m_axis_tready(ready as u64);
                if !in_reset && !offering && send_frame < to_send.len() {
                    offering = rng.gen_range(0..100) < traffic.core_valid_percent;
                }
                let (data, keep, last) = if offering { to_send[send_frame][send_word] } else { (0, 0, false) };
                dut.set_s_axis_tdata(data);
                dut.set_s_axis_tkeep(keep);
                dut.set_s_axis_tlast(last as u64);
                dut.set_s_axis_tvalid(offering as u64);
                dut.eval();
                let busy = dut.m_axis_tvalid() != 0 || offering;
                if ready && dut.m_axis_tvalid() != 0 {
                    let (word, keep) = (dut.m_axis_tdata(), dut.m_axis_tkeep());
                    receiving.extend((0..8).filter(|lane| keep >> lane & 1 != 0).map(|lane| (word >> (8 * lane)) as u8));
                    if dut.m_axis_tlast() != 0 {
                        received.push(std::mem::take(&mut receiving));
                    }
                }
                if offering && dut.s_axis_tready() != 0 {
                    offering = false;
                    send_word += 1;
                    if send_word == to_send[send_frame].len() {
                        send_frame += 1;
                        send_word = 0;
                    }
                }
                core_quiet = if busy { 0 } else { core_quiet + 1 };
                dut.set_clock(1);
            }
            RX => {
                dut.set_rx_clock(0);
                dut.set_rx_reset(in_reset as u64);
                let (byte, dv, er) = if in_reset { (0, false, false) } else { symbols.get(next_symbol).copied().unwrap_or((0, false, false)) };
                if !in_reset {
                    next_symbol += 1;
                }
                dut.set_gmii_rxd(byte as u64);
                dut.set_gmii_rx_dv(dv as u64);
                dut.set_gmii_rx_er(er as u64);
                dut.eval();
                dut.set_rx_clock(1);
            }
            _ => {
                dut.set_tx_clock(0);
                dut.set_tx_reset(in_reset as u64);
                dut.eval();
                let tx_byte_time = edges[TX];
                if dut.gmii_tx_en() != 0 {
                    let frame = on_line.get_or_insert_with(|| LineFrame { bytes: Vec::new(), errored: false, idle_before: idle });
                    frame.bytes.push(dut.gmii_txd() as u8);
                    frame.errored |= dut.gmii_tx_er() != 0;
                    first_byte_at.get_or_insert(tx_byte_time);
                    last_byte_at = tx_byte_time;
                    idle = 0;
                    tx_quiet = 0;
                } else {
                    if let Some(frame) = on_line.take() {
                        sent.push(frame);
                    }
                    if !in_reset {
                        idle += 1;
                    }
                    tx_quiet += 1;
                }
                dut.set_tx_clock(1);
            }
        }
        dut.eval();
        if next_symbol >= symbols.len() && send_frame == to_send.len() {
            let end = *edges_at_end.get_or_insert(edges);
            let drained = (0..3).all(|d| edges[d] - end[d] > DRAIN_EDGES);
            if drained && core_quiet > DRAIN_EDGES && tx_quiet > DRAIN_EDGES {
                break;
            }
        }
        assert!(
            total_edges < budget,
            "the MAC did not finish within {budget} clock edges (at {} ps): {} of {} symbols, {} of {} frames sent",
            domains.now_ps(),
            next_symbol,
            symbols.len(),
            send_frame,
            to_send.len()
        );
    }
    let tx_busy_byte_times = first_byte_at.map_or(0, |first| last_byte_at - first + 1);
    MacRun { received, sent, counters: counters(&dut), tx_busy_byte_times }
}
