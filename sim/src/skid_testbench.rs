//! One testbench for every implementation of the skid buffer: the reference model is the oracle,
//! a scoreboard checks nothing is lost, duplicated or reordered, and any number of devices under
//! test (Verilator models, rust-hdl's simulator) run on identical stimulus.

use crate::hdl_sim::HdlSim;
use crate::models::axis::Beat;
use crate::models::skid_buffer::{SkidBufferModel, SkidInputs, SkidOutputs};
use crate::stimulus::{rng, Handshake, TestRng};
use crate::verilated;
use nic_hdl::tops::WIDE_SKID_BITS;
use rand::Rng;
use rust_hdl::prelude::*;
use std::collections::VecDeque;
use std::fmt::Debug;

/// Words of the wide slice's payload, as the Verilator bridge passes it.
pub const WIDE_WORDS: usize = WIDE_SKID_BITS.div_ceil(32);
pub type WideItem = [u32; WIDE_WORDS];

/// A skid buffer under test carrying items of type `T`.
pub trait SkidDut<T> {
    /// Applies this cycle's inputs (the clock is low) and settles.
    fn drive(&mut self, inputs: &SkidInputs<T>);
    fn outputs(&self) -> SkidOutputs<T>;
    fn cycle(&mut self);
    fn name(&self) -> &'static str;
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RunReport {
    pub cycles: u64,
    pub accepted: u64,
    pub delivered: u64,
}

/// Runs `cycles` cycles of seeded random traffic (valid gaps, back-pressure, rare resets)
/// through every DUT and the model. Returns the first disagreement, naming seed and cycle.
pub fn run_against_model<T: Clone + PartialEq + Debug>(
    duts: &mut [&mut dyn SkidDut<T>],
    seed: u64,
    cycles: u64,
    handshake: Option<Handshake>,
    mut item: impl FnMut(&mut TestRng) -> T,
) -> Result<RunReport, String> {
    let mut rng = rng(seed);
    let handshake = handshake.unwrap_or_else(|| Handshake::random(&mut rng));
    let mut model = SkidBufferModel::new();
    let mut in_flight = VecDeque::new();
    let mut pending: Option<T> = None;
    let mut report = RunReport::default();
    let idle = item(&mut rng);
    let fail = |cycle: u64, what: String| Err(format!("seed {seed}, cycle {cycle}, {handshake:?}: {what}"));
    for cycle in 0..cycles {
        // AXI-Stream rule: once valid, the source holds its item until it is taken.
        if pending.is_none() && handshake.valid(&mut rng) {
            pending = Some(item(&mut rng));
        }
        let reset = cycle < 2 || handshake.reset(&mut rng);
        let inputs = SkidInputs {
            reset,
            in_valid: pending.is_some(),
            in_data: pending.clone().unwrap_or_else(|| idle.clone()),
            out_ready: handshake.ready(&mut rng),
        };
        let expected = model.outputs();
        for dut in duts.iter_mut() {
            dut.drive(&inputs);
            let got = dut.outputs();
            if got != expected {
                return fail(cycle, format!("{} drives {got:?}, the model {expected:?}", dut.name()));
            }
        }
        if reset {
            in_flight.clear();
            pending = None;
        } else {
            if inputs.in_valid && expected.in_ready {
                in_flight.push_back(pending.take().expect("valid implies an item"));
                report.accepted += 1;
            }
            if expected.out_valid && inputs.out_ready {
                let sent = in_flight.pop_front();
                if sent != expected.out_data {
                    return fail(cycle, format!("delivered {:?}, but the next item sent was {sent:?}", expected.out_data));
                }
                report.delivered += 1;
            }
        }
        model.clock(&inputs);
        for dut in duts.iter_mut() {
            dut.cycle();
        }
        report.cycles += 1;
    }
    Ok(report)
}

impl SkidDut<Beat> for verilated::AxisSkidBuffer {
    fn drive(&mut self, i: &SkidInputs<Beat>) {
        self.set_reset(i.reset as u64);
        self.set_s_axis_tvalid(i.in_valid as u64);
        self.set_s_axis_tdata(i.in_data.tdata);
        self.set_s_axis_tkeep(i.in_data.tkeep as u64);
        self.set_s_axis_tlast(i.in_data.tlast as u64);
        self.set_s_axis_tuser(i.in_data.tuser as u64);
        self.set_m_axis_tready(i.out_ready as u64);
        self.eval();
    }
    fn outputs(&self) -> SkidOutputs<Beat> {
        let out_valid = self.m_axis_tvalid() != 0;
        let beat = Beat {
            tdata: self.m_axis_tdata(),
            tkeep: self.m_axis_tkeep() as u8,
            tlast: self.m_axis_tlast() != 0,
            tuser: self.m_axis_tuser() != 0,
        };
        SkidOutputs { in_ready: self.s_axis_tready() != 0, out_valid, out_data: out_valid.then_some(beat) }
    }
    fn cycle(&mut self) {
        verilated::AxisSkidBuffer::cycle(self)
    }
    fn name(&self) -> &'static str {
        "Verilator axis_skid_buffer"
    }
}

impl SkidDut<WideItem> for verilated::WideSkidBuffer {
    fn drive(&mut self, i: &SkidInputs<WideItem>) {
        self.set_reset(i.reset as u64);
        self.set_in_valid(i.in_valid as u64);
        self.set_in_data(&i.in_data);
        self.set_out_ready(i.out_ready as u64);
        self.eval();
    }
    fn outputs(&self) -> SkidOutputs<WideItem> {
        let out_valid = self.out_valid() != 0;
        SkidOutputs { in_ready: self.in_ready() != 0, out_valid, out_data: out_valid.then(|| self.out_data()) }
    }
    fn cycle(&mut self) {
        verilated::WideSkidBuffer::cycle(self)
    }
    fn name(&self) -> &'static str {
        "Verilator wide_skid_buffer"
    }
}

pub type HdlAxisSkidBuffer = HdlSim<nic_hdl::stream::axis::AxisSkidBuffer>;
pub type HdlWideSkidBuffer = HdlSim<nic_hdl::tops::WideSkidBuffer>;

pub fn hdl_axis_skid_buffer() -> HdlAxisSkidBuffer {
    HdlSim::new(Default::default(), |b| &mut b.clock)
}

pub fn hdl_wide_skid_buffer() -> HdlWideSkidBuffer {
    HdlSim::new(Default::default(), |b| &mut b.clock)
}

impl SkidDut<Beat> for HdlAxisSkidBuffer {
    fn drive(&mut self, i: &SkidInputs<Beat>) {
        let u = &mut self.uut;
        u.reset.next = i.reset;
        u.s_axis_tvalid.next = i.in_valid;
        u.s_axis_tdata.next = i.in_data.tdata.into();
        u.s_axis_tkeep.next = (i.in_data.tkeep as u64).into();
        u.s_axis_tlast.next = i.in_data.tlast;
        u.s_axis_tuser.next = i.in_data.tuser;
        u.m_axis_tready.next = i.out_ready;
        self.settle();
    }
    fn outputs(&self) -> SkidOutputs<Beat> {
        let u = &self.uut;
        let out_valid = u.m_axis_tvalid.val();
        let beat = Beat {
            tdata: u.m_axis_tdata.val().to_u64(),
            tkeep: u.m_axis_tkeep.val().to_u8(),
            tlast: u.m_axis_tlast.val(),
            tuser: u.m_axis_tuser.val(),
        };
        SkidOutputs { in_ready: u.s_axis_tready.val(), out_valid, out_data: out_valid.then_some(beat) }
    }
    fn cycle(&mut self) {
        HdlSim::cycle(self)
    }
    fn name(&self) -> &'static str {
        "rust-hdl AxisSkidBuffer"
    }
}

impl SkidDut<WideItem> for HdlWideSkidBuffer {
    fn drive(&mut self, i: &SkidInputs<WideItem>) {
        let mut data = Bits::<WIDE_SKID_BITS>::default();
        for (k, word) in i.in_data.iter().enumerate() {
            // The top word is partial: drop the bits the port does not have, as Verilator does.
            let bits = (WIDE_SKID_BITS - 32 * k).min(32);
            let word = if bits == 32 { *word } else { word & ((1u32 << bits) - 1) };
            for b in 0..bits {
                data = data.replace_bit(32 * k + b, word >> b & 1 == 1);
            }
        }
        let u = &mut self.uut;
        u.reset.next = i.reset;
        u.in_valid.next = i.in_valid;
        u.in_data.next = data;
        u.out_ready.next = i.out_ready;
        self.settle();
    }
    fn outputs(&self) -> SkidOutputs<WideItem> {
        let u = &self.uut;
        let out_valid = u.out_valid.val();
        let data = u.out_data.val();
        let mut words = [0u32; WIDE_WORDS];
        for b in 0..WIDE_SKID_BITS {
            words[b / 32] |= (data.get_bit(b) as u32) << (b % 32);
        }
        SkidOutputs { in_ready: u.in_ready.val(), out_valid, out_data: out_valid.then_some(words) }
    }
    fn cycle(&mut self) {
        HdlSim::cycle(self)
    }
    fn name(&self) -> &'static str {
        "rust-hdl WideSkidBuffer"
    }
}

/// A random payload with the wide slice's width (bits above it zero, as the hardware returns).
pub fn random_wide_item(rng: &mut TestRng) -> WideItem {
    let mut words: WideItem = rng.gen();
    let top_bits = WIDE_SKID_BITS - 32 * (WIDE_WORDS - 1);
    if top_bits < 32 {
        words[WIDE_WORDS - 1] &= (1u32 << top_bits) - 1;
    }
    words
}
