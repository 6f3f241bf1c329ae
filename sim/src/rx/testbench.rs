//! Runs frames through the verilated parser with random `tvalid` gaps and back-pressure on all
//! three outputs, and checks every descriptor, payload beat, verdict and counter against the
//! reference model. Errors name the seed, the frame and what was done to it.

use super::frames::{Corruption, Frame};
use crate::models::rx_parser::{parse, Descriptor, ParserConfig, Parsed, PayloadBeat};
use crate::stimulus::{Handshake, TestRng};
use crate::verilated::RxParser;
use nic_hdl::roce::wire::RX_COUNTERS;
use rand::Rng;
use std::collections::VecDeque;

/// One input beat.
#[derive(Clone, Copy, Debug)]
struct InBeat {
    data: u64,
    keep: u8,
    last: bool,
    user: bool,
}

/// Splits a frame into beats; bytes a last beat does not keep are random junk.
fn beats(frame: &Frame, rng: &mut TestRng) -> Vec<InBeat> {
    let chunks: Vec<&[u8]> = frame.bytes.chunks(8).collect();
    let n = chunks.len();
    chunks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut bytes: [u8; 8] = rng.gen();
            bytes[..c.len()].copy_from_slice(c);
            let last = i + 1 == n;
            InBeat { data: u64::from_le_bytes(bytes), keep: ((1u16 << c.len()) - 1) as u8, last, user: last && frame.mac_error }
        })
        .collect()
}

/// Handshake duties for one run: the input's `tvalid` and each output's `tready`.
#[derive(Clone, Debug)]
pub struct Traffic {
    pub input: Handshake,
    pub payload: Handshake,
    pub descriptor: Handshake,
    pub verdict: Handshake,
}

impl Traffic {
    pub fn random(rng: &mut TestRng) -> Self {
        Self { input: Handshake::random(rng), payload: Handshake::random(rng), descriptor: Handshake::random(rng), verdict: Handshake::random(rng) }
    }

    /// Every source always valid, every sink always ready: line rate.
    pub fn smooth() -> Self {
        let h = Handshake { valid_percent: 100, ready_percent: 100, reset_one_in: 0 };
        Self { input: h.clone(), payload: h.clone(), descriptor: h.clone(), verdict: h }
    }
}

/// What a run saw.
#[derive(Clone, Debug, Default)]
pub struct RunReport {
    pub frames: u64,
    pub beats_in: u64,
    pub cycles: u64,
    /// Cycles from the first beat taken to the last beat taken.
    pub busy_cycles: u64,
    /// Cycles from a frame's last beat being taken to its verdict appearing, per frame.
    pub verdict_latencies: Vec<u64>,
    /// The parser's counters read back at the end (accepted, then one per cause code).
    pub counters: Vec<u64>,
}

fn read_descriptor(dut: &RxParser) -> Descriptor {
    Descriptor {
        dst_mac: dut.desc_dst_mac(),
        src_mac: dut.desc_src_mac(),
        src_ip: dut.desc_src_ip(),
        dst_ip: dut.desc_dst_ip(),
        ip_dscp: dut.desc_ip_dscp(),
        ip_ecn: dut.desc_ip_ecn(),
        udp_src_port: dut.desc_udp_src_port(),
        udp_dst_port: dut.desc_udp_dst_port(),
        opcode: dut.desc_opcode(),
        solicited: dut.desc_solicited(),
        mig_req: dut.desc_mig_req(),
        pad_count: dut.desc_pad_count(),
        tver: dut.desc_tver(),
        pkey: dut.desc_pkey(),
        fecn: dut.desc_fecn(),
        becn: dut.desc_becn(),
        dest_qp: dut.desc_dest_qp(),
        ack_req: dut.desc_ack_req(),
        psn: dut.desc_psn(),
        has_reth: dut.desc_has_reth(),
        reth_va: dut.desc_reth_va(),
        reth_rkey: dut.desc_reth_rkey(),
        reth_dma_length: dut.desc_reth_dma_length(),
        has_aeth: dut.desc_has_aeth(),
        aeth_syndrome: dut.desc_aeth_syndrome(),
        aeth_msn: dut.desc_aeth_msn(),
        has_immdt: dut.desc_has_immdt(),
        immdt: dut.desc_immdt(),
        has_ieth: dut.desc_has_ieth(),
        ieth_rkey: dut.desc_ieth_rkey(),
        has_deth: dut.desc_has_deth(),
        deth_qkey: dut.desc_deth_qkey(),
        deth_src_qp: dut.desc_deth_src_qp(),
        payload_length: dut.desc_payload_length(),
        has_payload: dut.desc_has_payload(),
    }
}

/// Runs `frames` (each with what was done to it) and compares everything with the model.
pub fn run(
    dut: &mut RxParser,
    seed: u64,
    frames: &[(Frame, Corruption)],
    config: &ParserConfig,
    traffic: &Traffic,
    rng: &mut TestRng,
) -> Result<RunReport, String> {
    run_configured(dut, seed, frames, config, config, traffic, rng)
}

/// [`run`] with the RTL configured by `rtl` and the model by `config` (a test of the testbench).
pub fn run_configured(
    dut: &mut RxParser,
    seed: u64,
    frames: &[(Frame, Corruption)],
    rtl: &ParserConfig,
    config: &ParserConfig,
    traffic: &Traffic,
    rng: &mut TestRng,
) -> Result<RunReport, String> {
    let expected: Vec<Parsed> = frames.iter().map(|(f, _)| parse(&f.bytes, f.mac_error, config)).collect();
    let fail = |frame: usize, what: String| {
        let (f, how) = &frames[frame.min(frames.len() - 1)];
        Err(format!(
            "seed {seed}, frame {frame} ({how:?}, {} bytes{}): {what}\n  frame: {}",
            f.bytes.len(),
            if f.mac_error { ", MAC error" } else { "" },
            crate::python::hex(&f.bytes)
        ))
    };
    let mut input: VecDeque<(usize, InBeat)> = VecDeque::new();
    for (i, (f, _)) in frames.iter().enumerate() {
        input.extend(beats(f, rng).into_iter().map(|b| (i, b)));
    }
    let mut payload_expected: VecDeque<(usize, PayloadBeat)> = VecDeque::new();
    for (i, p) in expected.iter().enumerate() {
        payload_expected.extend(p.payload.iter().map(|b| (i, *b)));
    }
    let mut report = RunReport { frames: frames.len() as u64, ..Default::default() };
    let (mut next_desc, mut next_verdict) = (0usize, 0usize);
    let mut last_taken_at: VecDeque<u64> = VecDeque::new();
    let (mut first_take, mut last_take) = (None, 0u64);
    let mut presented: Option<(usize, InBeat)> = None;
    let mut idle = 0u64;

    dut.set_cfg_pkey(rtl.pkey as u64);
    dut.set_cfg_path_mtu(rtl.path_mtu as u64);
    dut.set_reset(1);
    dut.cycle();
    dut.cycle();
    dut.set_reset(0);
    // The counters clear themselves after reset (one cycle per entry) before frames are taken.
    dut.set_s_axis_tvalid(0);
    for _ in 0..40 {
        dut.eval();
        dut.cycle();
    }
    let mut cycle = 0u64;
    while next_verdict < frames.len() || next_desc < frames.len() || !payload_expected.is_empty() {
        if presented.is_none() && traffic.input.valid(rng) {
            presented = input.pop_front();
        }
        if let Some((_, b)) = presented {
            dut.set_s_axis_tdata(b.data);
            dut.set_s_axis_tkeep(b.keep as u64);
            dut.set_s_axis_tlast(b.last as u64);
            dut.set_s_axis_tuser(b.user as u64);
        }
        dut.set_s_axis_tvalid(presented.is_some() as u64);
        let (pay_ready, desc_ready, verdict_ready) =
            (traffic.payload.ready(rng), traffic.descriptor.ready(rng), traffic.verdict.ready(rng));
        dut.set_m_axis_payload_tready(pay_ready as u64);
        dut.set_desc_ready(desc_ready as u64);
        dut.set_verdict_ready(verdict_ready as u64);
        dut.eval();
        let mut progress = false;
        if presented.is_some() && dut.s_axis_tready() != 0 {
            let (frame, b) = presented.take().unwrap();
            report.beats_in += 1;
            first_take.get_or_insert(cycle);
            last_take = cycle;
            if b.last {
                last_taken_at.push_back(cycle);
            }
            progress = true;
            let _ = frame;
        }
        if desc_ready && dut.desc_valid() != 0 {
            let got = read_descriptor(dut);
            let Some(want) = expected.get(next_desc) else { return fail(next_desc, "a descriptor nobody sent".into()) };
            if got != want.descriptor {
                return fail(next_desc, format!("descriptor\n  RTL:   {got:?}\n  model: {:?}", want.descriptor));
            }
            next_desc += 1;
            progress = true;
        }
        if pay_ready && dut.m_axis_payload_tvalid() != 0 {
            let got = PayloadBeat {
                data: dut.m_axis_payload_tdata(),
                keep: dut.m_axis_payload_tkeep() as u8,
                last: dut.m_axis_payload_tlast() != 0,
                user: dut.m_axis_payload_tuser() != 0,
            };
            let Some((frame, want)) = payload_expected.pop_front() else { return fail(next_verdict, format!("an extra payload beat {got:x?}")) };
            let mask = if want.keep == 0xFF { u64::MAX } else { (1u64 << (8 * want.keep.count_ones())) - 1 };
            if got.keep != want.keep || got.last != want.last || got.user != want.user || got.data & mask != want.data & mask {
                return fail(frame, format!("payload beat\n  RTL:   {got:x?}\n  model: {want:x?}"));
            }
            progress = true;
        }
        if verdict_ready && dut.verdict_valid() != 0 {
            let got = dut.verdict_cause() as u8;
            let Some(want) = expected.get(next_verdict) else { return fail(next_verdict, "a verdict nobody sent".into()) };
            if got != want.verdict {
                return fail(next_verdict, format!("verdict {got} ({:?}), model {} ({:?})", nic_hdl::roce::wire::DropCause::from_code(got), want.verdict, want.cause()));
            }
            let taken = last_taken_at.pop_front().ok_or("verdict before the last beat")?;
            report.verdict_latencies.push(cycle - taken);
            next_verdict += 1;
            progress = true;
        }
        dut.cycle();
        cycle += 1;
        idle = if progress { 0 } else { idle + 1 };
        if idle > 10_000 {
            return fail(next_verdict, format!("no progress for 10000 cycles (descriptors {next_desc}, verdicts {next_verdict}, payload beats left {})", payload_expected.len()));
        }
    }
    if next_desc != frames.len() {
        return fail(next_desc, format!("{} descriptors for {} frames", next_desc, frames.len()));
    }
    report.cycles = cycle;
    report.busy_cycles = first_take.map_or(0, |f| last_take - f + 1);
    // The counters: what the model says, by cause.
    let mut want = vec![0u64; RX_COUNTERS];
    for p in &expected {
        want[p.verdict as usize] += 1;
    }
    // A verdict reaches its counter a few cycles later (read, add, write back).
    dut.set_s_axis_tvalid(0);
    for _ in 0..8 {
        dut.eval();
        dut.cycle();
    }
    for index in 0..RX_COUNTERS {
        dut.set_stat_index(index as u64);
        dut.eval();
        dut.cycle();
        dut.eval();
        report.counters.push(dut.stat_value());
    }
    if report.counters != want {
        return Err(format!("seed {seed}: counters {:?}, model {:?}", report.counters, want));
    }
    Ok(report)
}
