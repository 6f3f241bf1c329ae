//! Testbench of the verilated RC responder: requests and QP setup in (random `valid` gaps),
//! verdicts out (random back-pressure), each verdict compared with the reference model when it
//! leaves; counters compared on request. Errors name the seed, the cycle and the request.

use crate::models::rc_responder::{Aeth, Request, ResponderModel, Verdict};
use crate::stimulus::{Handshake, TestRng};
use crate::verilated::RcResponder;
use nic_hdl::roce::rc::ResponderOutcome;
use nic_hdl::tops::SIM_QP_BITS;
use std::collections::{BTreeMap, VecDeque};

pub const QPS: usize = 1 << SIM_QP_BITS;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Configure { qp: usize, expected_psn: u32 },
    Request(Request),
}

/// Corrupts what the testbench reads from the RTL: a test that the checks catch a fault.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Tamper {
    None,
    /// Duplicates reported as delivered.
    DeliverDuplicates,
}

pub struct Bench {
    pub dut: RcResponder,
    pub model: ResponderModel,
    pub seed: u64,
    pub cycle: u64,
    /// Compare verdicts with the model (off to test the other checks alone).
    pub check_model: bool,
    pub tamper: Tamper,
    pub valid: Handshake,
    pub ready: Handshake,
    inputs: VecDeque<Input>,
    shown: Option<Input>,
    expected: VecDeque<(Request, Verdict)>,
}

impl Bench {
    pub fn new(seed: u64, rnr_timer: u8, valid: Handshake, ready: Handshake) -> Self {
        let mut dut = RcResponder::new();
        dut.set_rnr_timer(rnr_timer as u64);
        let mut bench = Self {
            dut,
            model: ResponderModel::new(QPS, rnr_timer),
            seed,
            cycle: 0,
            check_model: true,
            tamper: Tamper::None,
            valid,
            ready,
            inputs: VecDeque::new(),
            shown: None,
            expected: VecDeque::new(),
        };
        bench.reset();
        bench
    }

    /// Synchronous reset: every QP back to expected PSN 0, counters cleared, nothing in flight.
    pub fn reset(&mut self) {
        self.dut.set_reset(1);
        self.dut.set_req_valid(0);
        self.dut.set_cfg_valid(0);
        self.dut.cycle();
        self.dut.set_reset(0);
        self.model.reset();
        self.inputs.clear();
        self.shown = None;
        self.expected.clear();
    }

    pub fn push(&mut self, input: Input) {
        self.inputs.push_back(input);
    }

    /// Nothing waiting to go in and no verdict owed.
    pub fn idle(&self) -> bool {
        self.inputs.is_empty() && self.shown.is_none() && self.expected.is_empty()
    }

    pub fn backlog(&self) -> usize {
        self.inputs.len() + self.shown.is_some() as usize
    }

    fn fail<T>(&self, what: String) -> Result<T, String> {
        Err(format!("seed {}, cycle {}: {what}", self.seed, self.cycle))
    }

    /// One clock cycle; the verdict that left in it, already checked.
    pub fn step(&mut self, rng: &mut TestRng) -> Result<Option<(Request, Verdict)>, String> {
        if self.shown.is_none() && self.valid.valid(rng) {
            self.shown = self.inputs.pop_front();
        }
        let dut = &mut self.dut;
        dut.set_cfg_valid(0);
        dut.set_req_valid(0);
        match self.shown {
            Some(Input::Configure { qp, expected_psn }) => {
                dut.set_cfg_valid(1);
                dut.set_cfg_qp(qp as u64);
                dut.set_cfg_expected_psn(expected_psn as u64);
            }
            Some(Input::Request(r)) => {
                dut.set_req_valid(1);
                dut.set_req_qp(r.qp as u64);
                dut.set_req_opcode(r.opcode as u64);
                dut.set_req_psn(r.psn as u64);
                dut.set_req_ack_req(r.ack_req as u64);
                dut.set_req_consumer_full(r.consumer_full as u64);
            }
            None => {}
        }
        let ready = self.ready.ready(rng);
        dut.set_verdict_ready(ready as u64);
        dut.eval();
        match self.shown {
            Some(Input::Configure { qp, expected_psn }) if dut.cfg_ready() != 0 => {
                self.model.configure(qp, expected_psn);
                self.shown = None;
            }
            Some(Input::Request(r)) if dut.req_ready() != 0 => {
                let verdict = self.model.request(&r);
                self.expected.push_back((r, verdict));
                self.shown = None;
            }
            _ => {}
        }
        let mut out = None;
        if ready && dut.verdict_valid() != 0 {
            let got = self.read_verdict();
            let Some((request, want)) = self.expected.pop_front() else { return self.fail(format!("a verdict for no request: {got:?}")) };
            if self.check_model && got != want {
                return self.fail(format!("request {request:?}\n  RTL:   {got:?}\n  model: {want:?}"));
            }
            out = Some((request, got));
        }
        self.dut.cycle();
        self.cycle += 1;
        Ok(out)
    }

    fn read_verdict(&self) -> Verdict {
        let dut = &self.dut;
        let outcome = ResponderOutcome::from_code(dut.verdict_outcome() as u8);
        let mut deliver = dut.verdict_deliver() != 0;
        if self.tamper == Tamper::DeliverDuplicates && outcome == Some(ResponderOutcome::Duplicate) {
            deliver = true;
        }
        let (psn, msn) = (dut.verdict_psn() as u32, dut.verdict_msn() as u32);
        Verdict {
            qp: dut.verdict_qp() as usize,
            // An unknown code cannot equal the model's; show it as the closest thing.
            outcome: outcome.unwrap_or(ResponderOutcome::InvalidRequest),
            deliver,
            answer: (dut.verdict_send_aeth() != 0).then_some(Aeth { syndrome: dut.verdict_syndrome() as u8, psn, msn }),
            psn,
            msn,
        }
    }

    /// Steps until every input has its verdict (at most `limit` cycles).
    pub fn drain(&mut self, rng: &mut TestRng, limit: u64) -> Result<Vec<(Request, Verdict)>, String> {
        let mut verdicts = Vec::new();
        let start = self.cycle;
        while !self.idle() {
            if self.cycle - start > limit {
                return self.fail(format!("no verdict for {limit} cycles ({} inputs and {} verdicts owed)", self.backlog(), self.expected.len()));
            }
            verdicts.extend(self.step(rng)?);
        }
        Ok(verdicts)
    }

    /// Reads every counter and compares it with the model's count (when every verdict is out).
    pub fn check_counters(&mut self) -> Result<BTreeMap<ResponderOutcome, u64>, String> {
        if !self.idle() {
            return self.fail("counters compared while requests are in flight".into());
        }
        let mut counts = BTreeMap::new();
        self.dut.set_req_valid(0);
        self.dut.set_cfg_valid(0);
        // Counting lags the verdict by up to three cycles.
        for _ in 0..4 {
            self.dut.cycle();
        }
        for outcome in ResponderOutcome::ALL {
            self.dut.set_counter_read_index(outcome.code() as u64);
            self.dut.cycle();
            self.dut.eval();
            let got = self.dut.counter_read_value();
            let want = self.model.counts.get(&outcome).copied().unwrap_or(0);
            if got != want {
                return self.fail(format!("counter {}: RTL {got}, model {want}", outcome.name()));
            }
            counts.insert(outcome, got);
        }
        Ok(counts)
    }
}
