//! Runs descriptors and their payload packets through the verilated builder, with random `valid`
//! gaps on both inputs and back-pressure on the output, and checks every frame and counter
//! against the reference model. Errors name the seed and the packet.

use crate::models::tx_builder::{expected, Expected, TxDescriptor};
use crate::python::hex;
use crate::stimulus::{Handshake, TestRng};
use crate::verilated::TxBuilder;
use std::collections::VecDeque;

/// One packet to send: its descriptor and the payload packet the stream carries for it (all
/// bytes of every beat; empty when there is none).
#[derive(Clone, Debug)]
pub struct Packet {
    pub desc: TxDescriptor,
    pub payload: Vec<[u8; 8]>,
}

impl Packet {
    /// A packet whose payload stream has exactly the descriptor's length (junk past its end, in
    /// the last beat: the builder must not send it).
    pub fn new(desc: TxDescriptor, payload: &[u8], junk: u8) -> Self {
        let payload = payload
            .chunks(8)
            .map(|c| {
                let mut beat = [junk; 8];
                beat[..c.len()].copy_from_slice(c);
                beat
            })
            .collect();
        Self { desc, payload }
    }
}

/// Handshake duties for one run.
#[derive(Clone, Debug)]
pub struct Traffic {
    pub descriptors: Handshake,
    pub payload: Handshake,
    pub output: Handshake,
}

impl Traffic {
    pub fn random(rng: &mut TestRng) -> Self {
        Self { descriptors: Handshake::random(rng), payload: Handshake::random(rng), output: Handshake::random(rng) }
    }

    /// Every source always valid, the sink always ready: line rate.
    pub fn smooth() -> Self {
        let h = Handshake { valid_percent: 100, ready_percent: 100, reset_one_in: 0 };
        Self { descriptors: h.clone(), payload: h.clone(), output: h }
    }
}

/// What a run saw.
#[derive(Clone, Debug, Default)]
pub struct RunReport {
    pub frames: Vec<Vec<u8>>,
    pub beats_out: u64,
    pub cycles: u64,
    /// Cycles from the first output beat to the last.
    pub busy_cycles: u64,
    pub stat_frames: u64,
    pub stat_bad_descriptors: u64,
    pub stat_payload_mismatches: u64,
}

fn present(dut: &mut TxBuilder, d: &TxDescriptor) {
    dut.set_desc_dst_mac(d.dst_mac);
    dut.set_desc_src_mac(d.src_mac);
    dut.set_desc_src_ip(d.src_ip as u64);
    dut.set_desc_dst_ip(d.dst_ip as u64);
    dut.set_desc_ip_dscp(d.ip_dscp as u64);
    dut.set_desc_ip_ecn(d.ip_ecn as u64);
    dut.set_desc_udp_src_port(d.udp_src_port as u64);
    dut.set_desc_opcode(d.opcode as u64);
    dut.set_desc_solicited(d.solicited as u64);
    dut.set_desc_mig_req(d.mig_req as u64);
    dut.set_desc_pkey(d.pkey as u64);
    dut.set_desc_fecn(d.fecn as u64);
    dut.set_desc_becn(d.becn as u64);
    dut.set_desc_dest_qp(d.dest_qp as u64);
    dut.set_desc_ack_req(d.ack_req as u64);
    dut.set_desc_psn(d.psn as u64);
    dut.set_desc_reth_va(d.reth_va);
    dut.set_desc_reth_rkey(d.reth_rkey as u64);
    dut.set_desc_reth_dma_length(d.reth_dma_length as u64);
    dut.set_desc_aeth_syndrome(d.aeth_syndrome as u64);
    dut.set_desc_aeth_msn(d.aeth_msn as u64);
    dut.set_desc_immdt(d.immdt as u64);
    dut.set_desc_ieth_rkey(d.ieth_rkey as u64);
    dut.set_desc_deth_qkey(d.deth_qkey as u64);
    dut.set_desc_deth_src_qp(d.deth_src_qp as u64);
    dut.set_desc_payload_length(d.payload_length as u64);
}

/// Sends `packets` and compares every frame and counter with the model.
pub fn run(dut: &mut TxBuilder, seed: u64, packets: &[Packet], traffic: &Traffic, rng: &mut TestRng) -> Result<RunReport, String> {
    let expected: Vec<Expected> = packets.iter().map(|p| expected(&p.desc, &p.payload)).collect();
    run_against(dut, seed, packets, &expected, traffic, rng)
}

/// [`run`] against given expectations (a test of the testbench).
pub fn run_against(
    dut: &mut TxBuilder,
    seed: u64,
    packets: &[Packet],
    expected: &[Expected],
    traffic: &Traffic,
    rng: &mut TestRng,
) -> Result<RunReport, String> {
    let mut frames_expected: VecDeque<(usize, Vec<u8>)> =
        expected.iter().enumerate().filter_map(|(i, e)| e.frame.clone().map(|f| (i, f))).collect();
    let fail = |packet: usize, what: String| Err(format!("seed {seed}, packet {packet} ({:?}): {what}", packets.get(packet).map(|p| &p.desc)));
    let mut descriptors: VecDeque<&TxDescriptor> = packets.iter().map(|p| &p.desc).collect();
    let mut beats: VecDeque<([u8; 8], bool)> = VecDeque::new();
    for p in packets {
        let n = p.payload.len();
        beats.extend(p.payload.iter().enumerate().map(|(i, b)| (*b, i + 1 == n)));
    }

    dut.set_reset(1);
    dut.cycle();
    dut.cycle();
    dut.set_reset(0);
    let mut report = RunReport::default();
    let (mut desc_shown, mut beat_shown) = (false, None::<([u8; 8], bool)>);
    let mut current: Vec<u8> = Vec::new();
    let (mut first_out, mut last_out) = (None, 0u64);
    let (mut cycle, mut idle) = (0u64, 0u64);
    while !frames_expected.is_empty() || !descriptors.is_empty() || !beats.is_empty() {
        if !desc_shown && !descriptors.is_empty() && traffic.descriptors.valid(rng) {
            present(dut, descriptors[0]);
            desc_shown = true;
        }
        dut.set_desc_valid(desc_shown as u64);
        if beat_shown.is_none() && traffic.payload.valid(rng) {
            beat_shown = beats.pop_front();
        }
        if let Some((data, last)) = beat_shown {
            dut.set_s_axis_payload_tdata(u64::from_le_bytes(data));
            dut.set_s_axis_payload_tlast(last as u64);
        }
        dut.set_s_axis_payload_tvalid(beat_shown.is_some() as u64);
        let ready = traffic.output.ready(rng);
        dut.set_m_axis_tready(ready as u64);
        dut.eval();
        let mut progress = false;
        if desc_shown && dut.desc_ready() != 0 {
            descriptors.pop_front();
            desc_shown = false;
            progress = true;
        }
        if beat_shown.is_some() && dut.s_axis_payload_tready() != 0 {
            beat_shown = None;
            progress = true;
        }
        if ready && dut.m_axis_tvalid() != 0 {
            let keep = dut.m_axis_tkeep() as u8;
            let data = dut.m_axis_tdata().to_le_bytes();
            if keep != 0xFF && dut.m_axis_tlast() == 0 || keep.count_ones() != 8 - keep.leading_zeros() {
                return fail(frames_expected.front().map_or(0, |f| f.0), format!("beat with tkeep {keep:#04x}"));
            }
            current.extend(&data[..keep.count_ones() as usize]);
            report.beats_out += 1;
            first_out.get_or_insert(cycle);
            last_out = cycle;
            if dut.m_axis_tlast() != 0 {
                let frame = std::mem::take(&mut current);
                let Some((packet, want)) = frames_expected.pop_front() else { return fail(packets.len(), format!("a frame nobody asked for: {}", hex(&frame))) };
                if frame != want {
                    return fail(packet, format!("frame\n  RTL:   {}\n  model: {}", hex(&frame), hex(&want)));
                }
                report.frames.push(frame);
            }
            progress = true;
        }
        dut.cycle();
        cycle += 1;
        idle = if progress { 0 } else { idle + 1 };
        if idle > 10_000 {
            return fail(
                frames_expected.front().map_or(packets.len(), |f| f.0),
                format!("no progress for 10000 cycles ({} descriptors, {} payload beats, {} frames left)", descriptors.len(), beats.len(), frames_expected.len()),
            );
        }
    }
    // The output is idle now; nothing more may come.
    dut.set_m_axis_tready(1);
    for _ in 0..16 {
        dut.eval();
        if dut.m_axis_tvalid() != 0 {
            return fail(packets.len(), "a beat after the last frame".into());
        }
        dut.cycle();
    }
    report.cycles = cycle;
    report.busy_cycles = first_out.map_or(0, |f| last_out - f + 1);
    report.stat_frames = dut.stat_frames();
    report.stat_bad_descriptors = dut.stat_bad_descriptors();
    report.stat_payload_mismatches = dut.stat_payload_mismatches();
    let want = (
        expected.iter().filter(|e| e.frame.is_some()).count() as u64,
        expected.iter().filter(|e| e.frame.is_none()).count() as u64,
        expected.iter().filter(|e| e.mismatch).count() as u64,
    );
    let got = (report.stat_frames, report.stat_bad_descriptors, report.stat_payload_mismatches);
    if got != want {
        return Err(format!("seed {seed}: counters (frames, bad descriptors, payload mismatches) {got:?}, model {want:?}"));
    }
    Ok(report)
}
