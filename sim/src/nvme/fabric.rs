//! A whole system at the message level: hosts ↔ the connector model ↔ controllers A and B over
//! the shared namespace, with random delays on every path (order kept per QP and per link, as RC
//! and the links keep it) and random service times in the controllers.

use super::connector::{ConnectorModel, HostIn, HostOp, Link};
use super::controller::Controller;
use super::host::Host;
use super::namespace::Namespace;
use crate::stimulus::{rng, TestRng};
use nic_hdl::link::message::Message;
use rand::Rng;
use std::collections::{HashMap, VecDeque};

/// FIFO channels with a random delay per item; an item never overtakes the one before it.
struct Channels<K: std::hash::Hash + Eq + Copy, T> {
    queues: HashMap<K, VecDeque<(u64, T)>>,
    delay: std::ops::Range<u64>,
}

impl<K: std::hash::Hash + Eq + Copy, T> Channels<K, T> {
    fn new(delay: std::ops::Range<u64>) -> Self {
        Self { queues: HashMap::new(), delay }
    }

    fn send(&mut self, now: u64, key: K, item: T, rng: &mut TestRng) {
        let queue = self.queues.entry(key).or_default();
        let ready = (now + rng.gen_range(self.delay.clone())).max(queue.back().map_or(0, |(t, _)| *t));
        queue.push_back((ready, item));
    }

    fn ready(&mut self, now: u64) -> Vec<(K, T)> {
        let mut out = Vec::new();
        for (key, queue) in self.queues.iter_mut() {
            while queue.front().is_some_and(|(t, _)| *t <= now) {
                out.push((*key, queue.pop_front().expect("non-empty").1));
            }
        }
        out
    }

    fn pending(&self) -> usize {
        self.queues.values().map(VecDeque::len).sum()
    }
}

#[derive(Clone, Debug)]
pub struct FabricConfig {
    pub seed: u64,
    pub connectors: usize,
    /// I/O queues (one QP each); the admin queue takes one more QP.
    pub io_queues: u16,
    pub depth: usize,
    pub max_bytes: usize,
    pub commands: u64,
    pub namespace_blocks: u64,
    /// QPs bound to controller B (the rest to A).
    pub bound_to_b: Vec<u16>,
}

impl Default for FabricConfig {
    fn default() -> Self {
        Self { seed: 1, connectors: 2, io_queues: 8, depth: 8, max_bytes: 64 << 10, commands: 2000, namespace_blocks: 1 << 16, bound_to_b: vec![] }
    }
}

pub struct Fabric {
    pub config: FabricConfig,
    pub rng: TestRng,
    pub host: Host,
    pub nic: ConnectorModel,
    pub controllers: [Controller; 2],
    pub namespace: Namespace,
    to_nic: Channels<u16, HostIn>,
    to_host: Channels<u16, HostOp>,
    to_controller: Channels<Link, Message>,
    from_controller: Channels<Link, Message>,
    pub now: u64,
    budget: u64,
}

impl Fabric {
    pub fn new(config: FabricConfig) -> Self {
        let mut nic = ConnectorModel::default();
        let io: Vec<u16> = (1..=config.io_queues).collect();
        for qp in std::iter::once(0).chain(io.iter().copied()) {
            let controller = config.bound_to_b.contains(&qp) as usize;
            nic.add_qp(qp, qp as usize % config.connectors, controller);
        }
        Self {
            rng: rng(config.seed),
            host: Host::new(0, &io, config.namespace_blocks, config.depth, config.max_bytes),
            nic,
            controllers: [Controller::new("A", 5..80), Controller::new("B", 5..80)],
            namespace: Namespace::new(config.namespace_blocks),
            to_nic: Channels::new(1..6),
            to_host: Channels::new(1..6),
            to_controller: Channels::new(1..4),
            from_controller: Channels::new(1..4),
            now: 0,
            budget: config.commands,
            config,
        }
    }

    /// Whether anything is still moving.
    pub fn busy(&self) -> bool {
        self.budget > 0
            || self.host.outstanding() > 0
            || self.to_nic.pending() + self.to_host.pending() + self.to_controller.pending() + self.from_controller.pending() > 0
            || self.controllers.iter().any(|c| c.busy() > 0)
    }

    pub fn step(&mut self) {
        let now = self.now;
        for input in self.host.issue(now, &mut self.rng, &mut self.budget) {
            let qp = match &input {
                HostIn::Send { qp, .. } | HostIn::ReadResponse { qp, .. } => *qp,
            };
            self.to_nic.send(now, qp, input, &mut self.rng);
        }
        for (_, input) in self.to_nic.ready(now) {
            for (link, message) in self.nic.from_host(input) {
                self.to_controller.send(now, link, message, &mut self.rng);
            }
        }
        for ((controller, connector), message) in self.to_controller.ready(now) {
            self.controllers[controller].receive(now, connector, message, &mut self.rng);
        }
        for controller in 0..2 {
            for (connector, message) in self.controllers[controller].tick(now, &mut self.namespace) {
                self.from_controller.send(now, (controller, connector), message, &mut self.rng);
            }
        }
        for (link, message) in self.from_controller.ready(now) {
            for op in self.nic.from_controller(link, message) {
                let qp = match &op {
                    HostOp::RdmaWrite { qp, .. } | HostOp::Send { qp, .. } | HostOp::RdmaRead { qp, .. } => *qp,
                };
                self.to_host.send(now, qp, op, &mut self.rng);
            }
        }
        for (_, op) in self.to_host.ready(now) {
            for answer in self.host.receive(now, op) {
                let qp = match &answer {
                    HostIn::Send { qp, .. } | HostIn::ReadResponse { qp, .. } => *qp,
                };
                self.to_nic.send(now, qp, answer, &mut self.rng);
            }
        }
        self.now += 1;
    }

    /// Runs until everything has completed; an error if it has not after `max_ticks`.
    pub fn run(&mut self, max_ticks: u64) -> Result<(), String> {
        while self.busy() {
            if self.now >= max_ticks {
                return Err(format!("seed {}: still busy after {max_ticks} ticks: {} commands outstanding", self.config.seed, self.host.outstanding()));
            }
            self.step();
        }
        Ok(())
    }
}
