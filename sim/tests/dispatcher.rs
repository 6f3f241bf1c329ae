//! The dispatcher in Verilator against its model: seeded random packets for configured,
//! unconfigured and out-of-table QPs, random maps, random gaps on the input and random
//! back-pressure from every connector: every packet reaches exactly the connector the model
//! names, whole and in order; unknown QPs are dropped and counted; line rate when nobody stalls.

use nic_sim::models::axis::Beat;
use nic_sim::models::dispatcher::DispatcherModel;
use nic_sim::stimulus::{rng, seeds, TestRng};
use nic_sim::verilated::Dispatcher;
use rand::Rng;
use std::collections::VecDeque;

const QPS: usize = 16;
const CONNECTORS: usize = 4;

#[derive(Clone, Debug, PartialEq)]
struct Packet {
    qp: u32,
    message_end: bool,
    beats: Vec<Beat>,
}

fn random_packet(rng: &mut TestRng) -> Packet {
    let qp = if rng.gen_bool(0.1) { rng.gen_range(16..1 << 24) } else { rng.gen_range(0..QPS as u32) };
    let len = rng.gen_range(1..12);
    let beats = (0..len)
        .map(|i| {
            let last = i + 1 == len;
            Beat { tdata: rng.gen(), tkeep: if last { (1u16 << rng.gen_range(1..=8)).wrapping_sub(1) as u8 } else { 0xff }, tlast: last, tuser: false }
        })
        .collect();
    Packet { qp, message_end: rng.gen(), beats }
}

struct Bench {
    dut: Dispatcher,
    cycle: u64,
}

impl Bench {
    fn new() -> Self {
        let mut dut = Dispatcher::new();
        dut.set_reset(1);
        dut.cycle();
        dut.set_reset(0);
        Bench { dut, cycle: 0 }
    }

    fn configure(&mut self, model: &DispatcherModel) {
        for (qp, dest) in model.map.iter().enumerate() {
            self.dut.set_cfg_write(1);
            self.dut.set_cfg_qp(qp as u64);
            self.dut.set_cfg_enable(dest.is_some() as u64);
            self.dut.set_cfg_connector(dest.unwrap_or(0) as u64);
            self.dut.cycle();
        }
        self.dut.set_cfg_write(0);
    }

    /// Sends `packets`, collecting what each connector receives. Returns the cycles it took.
    fn run(&mut self, rng: &mut TestRng, packets: &[Packet], valid_pct: u32, ready_pct: u32) -> Result<(u64, Vec<Vec<Packet>>), String> {
        let mut beats: VecDeque<(u32, bool, Beat)> = packets.iter().flat_map(|p| p.beats.iter().map(move |b| (p.qp, p.message_end, *b))).collect();
        let mut got: Vec<Vec<Packet>> = vec![Vec::new(); CONNECTORS];
        let mut partial: Vec<Option<Packet>> = vec![None; CONNECTORS];
        let start = self.cycle;
        let mut idle = 0;
        while !beats.is_empty() || idle < 4 {
            let d = &mut self.dut;
            let offer = !beats.is_empty() && rng.gen_range(0..100) < valid_pct;
            if let (true, Some((qp, end, beat))) = (offer, beats.front()) {
                d.set_s_axis_tvalid(1);
                d.set_s_axis_qp(*qp as u64);
                d.set_s_axis_message_end(*end as u64);
                d.set_s_axis_tdata(beat.tdata);
                d.set_s_axis_tkeep(beat.tkeep as u64);
                d.set_s_axis_tlast(beat.tlast as u64);
            } else {
                d.set_s_axis_tvalid(0);
            }
            let ready: u64 = (0..CONNECTORS).filter(|_| rng.gen_range(0..100) < ready_pct).map(|k| 1 << k).sum();
            d.set_m_axis_tready(ready);
            d.eval();
            if d.m_axis_tvalid() != 0 {
                let k = d.m_axis_dest() as usize;
                if ready >> k & 1 == 1 {
                    let beat = Beat { tdata: d.m_axis_tdata(), tkeep: d.m_axis_tkeep() as u8, tlast: d.m_axis_tlast() != 0, tuser: false };
                    let p = partial[k].get_or_insert(Packet { qp: d.m_axis_qp() as u32, message_end: d.m_axis_message_end() != 0, beats: vec![] });
                    p.beats.push(beat);
                    if beat.tlast {
                        got[k].push(partial[k].take().expect("present"));
                    }
                }
            }
            if offer && d.s_axis_tready() != 0 {
                beats.pop_front();
            }
            idle = if beats.is_empty() && d.m_axis_tvalid() == 0 { idle + 1 } else { 0 };
            d.cycle();
            self.cycle += 1;
            if self.cycle - start > 100 * packets.len() as u64 + 1000 {
                return Err(format!("stuck at cycle {} with {} beats to send", self.cycle, beats.len()));
            }
        }
        Ok((self.cycle - start, got))
    }
}

fn check(seed: u64, result: Result<(), String>) {
    if let Err(e) = result {
        panic!("{e}\nreplay with NIC_SEED={seed}");
    }
}

#[test]
fn every_packet_reaches_the_connector_the_model_names_and_unknown_qps_are_dropped() {
    for seed in seeds(&[1, 2, 3]) {
        let mut rng = rng(seed);
        let mut bench = Bench::new();
        let mut model = DispatcherModel::new(QPS);
        let result = (|| -> Result<(), String> {
            for round in 0..6 {
                for entry in model.map.iter_mut() {
                    *entry = rng.gen_bool(0.75).then(|| rng.gen_range(0..CONNECTORS as u8));
                }
                bench.configure(&model);
                let packets: Vec<Packet> = (0..400).map(|_| random_packet(&mut rng)).collect();
                let mut want: Vec<Vec<Packet>> = vec![Vec::new(); CONNECTORS];
                for p in &packets {
                    if let Some(k) = model.route(p.qp) {
                        want[k as usize].push(Packet { qp: p.qp, ..p.clone() });
                    }
                }
                let (valid, ready) = [(100, 100), (70, 60), (30, 90), (95, 20)][round % 4];
                let (_, got) = bench.run(&mut rng, &packets, valid, ready)?;
                for k in 0..CONNECTORS {
                    if got[k] != want[k] {
                        let first = got[k].iter().zip(&want[k]).position(|(g, w)| g != w);
                        return Err(format!("round {round}, connector {k}: {} packets, the model {} (first difference at {first:?})", got[k].len(), want[k].len()));
                    }
                }
                let counts = (bench.dut.packets_dispatched(), bench.dut.packets_unknown_qp());
                if counts != (model.dispatched, model.unknown_qp) {
                    return Err(format!("round {round}: counters {counts:?}, the model {:?}", (model.dispatched, model.unknown_qp)));
                }
            }
            if model.unknown_qp < 100 {
                return Err(format!("coverage: only {} unknown-QP packets", model.unknown_qp));
            }
            Ok(())
        })();
        check(seed, result);
    }
}

#[test]
fn back_to_back_packets_go_through_at_one_beat_per_cycle() {
    let mut rng = rng(9);
    let mut bench = Bench::new();
    let mut model = DispatcherModel::new(QPS);
    for (qp, entry) in model.map.iter_mut().enumerate() {
        *entry = Some((qp % CONNECTORS) as u8);
    }
    bench.configure(&model);
    let packets: Vec<Packet> = (0..500).map(|_| Packet { qp: rng.gen_range(0..QPS as u32), ..random_packet(&mut rng) }).collect();
    let beats: u64 = packets.iter().map(|p| p.beats.len() as u64).sum();
    let (cycles, got) = bench.run(&mut rng, &packets, 100, 100).unwrap();
    assert_eq!(got.iter().map(Vec::len).sum::<usize>(), 500);
    // The run ends with four idle cycles and the one-beat pipeline.
    assert!(cycles <= beats + 6, "{beats} beats took {cycles} cycles");
}
