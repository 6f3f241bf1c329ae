//! A whole system at the message level: hosts ↔ the connector model ↔ controllers A and B over
//! the shared namespace, with random delays on every path (order kept per QP and per link, as RC
//! and the links keep it) and random service times in the controllers.

use super::connector::{ConnectorCounters, ConnectorModel, HostIn, HostOp, Link, Outputs};
use super::controller::Controller;
use super::host::Host;
use super::namespace::Namespace;
use crate::stimulus::{rng, TestRng};
use nic_hdl::link::message::Message;
use rand::Rng;
use std::collections::{BTreeMap, VecDeque};

/// FIFO channels with a random delay per item; an item never overtakes the one before it.
struct Channels<K: Ord + Copy, T> {
    queues: BTreeMap<K, VecDeque<(u64, T)>>,
    delay: std::ops::Range<u64>,
}

impl<K: Ord + Copy, T> Channels<K, T> {
    fn new(delay: std::ops::Range<u64>) -> Self {
        Self { queues: BTreeMap::new(), delay }
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

/// The NIC under test: the connector model, or the connector RTL in Verilator
/// (`super::connector_pair_rtl::ConnectorPairRtl`). Everything it causes comes back as `Outputs`, at once or
/// from a later `tick`.
pub trait Nic {
    /// Configures a QP (the run-time QP → connector map and its bound controller).
    fn add_qp(&mut self, qp: u16, connector: usize, controller: usize);
    fn from_host(&mut self, now: u64, input: HostIn) -> Outputs;
    fn from_controller(&mut self, now: u64, link: Link, message: Message) -> Outputs;
    fn link_changed(&mut self, now: u64, controller: usize, up: bool) -> Outputs;
    fn tick(&mut self, now: u64) -> Outputs;
    /// The operator's failback command; whether it could move anything.
    fn failback(&mut self, now: u64) -> (bool, Outputs);
    /// Failed and not yet readmitted.
    fn fenced(&self, controller: usize) -> bool;
    /// The back-end fence per controller.
    fn fence_backend(&self) -> [bool; 2];
    fn counters(&self) -> ConnectorCounters;
    /// Nothing taken in is still inside.
    fn idle(&self) -> bool;
}

impl Nic for ConnectorModel {
    fn add_qp(&mut self, qp: u16, connector: usize, controller: usize) {
        ConnectorModel::add_qp(self, qp, connector, controller)
    }
    fn from_host(&mut self, _now: u64, input: HostIn) -> Outputs {
        ConnectorModel::from_host(self, input)
    }
    fn from_controller(&mut self, now: u64, link: Link, message: Message) -> Outputs {
        ConnectorModel::from_controller(self, now, link, message)
    }
    fn link_changed(&mut self, now: u64, controller: usize, up: bool) -> Outputs {
        ConnectorModel::link_changed(self, now, controller, up)
    }
    fn tick(&mut self, now: u64) -> Outputs {
        ConnectorModel::tick(self, now)
    }
    fn failback(&mut self, now: u64) -> (bool, Outputs) {
        ConnectorModel::failback(self, now)
    }
    fn fenced(&self, controller: usize) -> bool {
        self.controllers[controller].fenced
    }
    fn fence_backend(&self) -> [bool; 2] {
        self.fence_backend
    }
    fn counters(&self) -> ConnectorCounters {
        self.counters.clone()
    }
    fn idle(&self) -> bool {
        true
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
    /// Largest write the host sends as in-capsule data (the capsule slot is 2 KiB).
    pub in_capsule_max: usize,
    pub commands: u64,
    pub namespace_blocks: u64,
    /// QPs bound to controller B (the rest to A).
    pub bound_to_b: Vec<u16>,
    /// Ticks without a heartbeat before a controller counts as failed.
    pub heartbeat_timeout: u64,
    /// Things that happen to the controllers, at given ticks.
    pub events: Vec<(u64, Event)>,
    /// Whether the array honours the NIC's back-end fence (false only to show what goes wrong).
    pub backend_fence: bool,
    /// Service time ranges of controllers A and B, in ticks.
    pub service_ticks: [std::ops::Range<u64>; 2],
    /// Delay ranges of the host ↔ NIC and NIC ↔ controller paths, in ticks.
    pub wire_ticks: [std::ops::Range<u64>; 2],
    /// Percent of I/O commands that are reads (5 % are flushes, the rest writes).
    pub read_percent: u32,
    /// The host picks any CID not outstanding (false: Linux's tag scheme, low bits unique).
    pub free_cids: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The controller's link drops (messages in flight on it are lost); the controller itself
    /// runs on, unaware.
    LinkDown(usize),
    LinkUp(usize),
    /// The controller hangs: it sends nothing more, its link stays up.
    Silent(usize),
    /// The operator moves QPs back to their home controller.
    Failback,
}

impl Default for FabricConfig {
    fn default() -> Self {
        Self {
            seed: 1,
            connectors: 2,
            io_queues: 8,
            depth: 8,
            max_bytes: 64 << 10,
            in_capsule_max: 1024,
            commands: 2000,
            namespace_blocks: 1 << 16,
            bound_to_b: vec![],
            heartbeat_timeout: 100,
            events: vec![],
            backend_fence: true,
            service_ticks: [5..80, 5..80],
            wire_ticks: [1..6, 1..4],
            read_percent: 45,
            free_cids: false,
        }
    }
}

pub struct Fabric<N: Nic = ConnectorModel> {
    pub config: FabricConfig,
    pub rng: TestRng,
    pub host: Host,
    pub nic: N,
    pub controllers: [Controller; 2],
    pub namespace: Namespace,
    to_nic: Channels<u16, HostIn>,
    to_host: Channels<u16, HostOp>,
    to_controller: Channels<Link, Message>,
    from_controller: Channels<Link, Message>,
    pub now: u64,
    budget: u64,
    pub link_up: [bool; 2],
    /// Whether each failback asked for was accepted.
    pub failbacks: Vec<bool>,
}

impl Fabric<ConnectorModel> {
    /// The system around the connector model.
    pub fn new(config: FabricConfig) -> Self {
        let nic = ConnectorModel::new(config.connectors, config.heartbeat_timeout);
        Fabric::with_nic(config, nic)
    }
}

impl<N: Nic> Fabric<N> {
    pub fn with_nic(config: FabricConfig, mut nic: N) -> Self {
        let io: Vec<u16> = (1..=config.io_queues).collect();
        for qp in std::iter::once(0).chain(io.iter().copied()) {
            let controller = config.bound_to_b.contains(&qp) as usize;
            nic.add_qp(qp, qp as usize % config.connectors, controller);
        }
        let mut host = Host::new(0, &io, config.namespace_blocks, config.depth, config.max_bytes);
        host.in_capsule_max = config.in_capsule_max;
        host.read_percent = config.read_percent;
        host.free_cids = config.free_cids;
        Self {
            rng: rng(config.seed),
            host,
            nic,
            controllers: [
                Controller::new("A", 0, config.connectors, config.service_ticks[0].clone()),
                Controller::new("B", 1, config.connectors, config.service_ticks[1].clone()),
            ],
            namespace: Namespace::new(config.namespace_blocks),
            to_nic: Channels::new(config.wire_ticks[0].clone()),
            to_host: Channels::new(config.wire_ticks[0].clone()),
            to_controller: Channels::new(config.wire_ticks[1].clone()),
            from_controller: Channels::new(config.wire_ticks[1].clone()),
            now: 0,
            budget: config.commands,
            link_up: [true; 2],
            failbacks: vec![],
            config,
        }
    }

    /// Whether anything is still moving.
    pub fn busy(&self) -> bool {
        self.budget > 0
            || self.config.events.iter().any(|(t, _)| *t >= self.now)
            || self.host.outstanding() > 0
            || self.to_nic.pending() + self.to_host.pending() + self.to_controller.pending() + self.from_controller.pending() > 0
            || !self.nic.idle()
            || self.controllers.iter().enumerate().any(|(i, c)| c.busy() > 0 && self.link_up[i] && !c.silent && !self.nic.fenced(i))
    }

    fn route(&mut self, out: Outputs) {
        let now = self.now;
        for (link, message) in out.links {
            self.to_controller.send(now, link, message, &mut self.rng);
        }
        for op in out.host {
            self.to_host.send(now, op.qp(), op, &mut self.rng);
        }
    }

    pub fn step(&mut self) {
        let now = self.now;
        let events: Vec<Event> = self.config.events.iter().filter(|(t, _)| *t == now).map(|(_, e)| *e).collect();
        for event in events {
            match event {
                Event::LinkDown(c) | Event::LinkUp(c) => {
                    let up = event == Event::LinkUp(c);
                    self.link_up[c] = up;
                    let out = self.nic.link_changed(now, c, up);
                    self.route(out);
                }
                Event::Silent(c) => self.controllers[c].silent = true,
                Event::Failback => {
                    let (accepted, out) = self.nic.failback(now);
                    self.failbacks.push(accepted);
                    self.route(out);
                }
            }
        }
        let out = self.nic.tick(now);
        self.route(out);
        if self.config.backend_fence {
            self.namespace.fenced = self.nic.fence_backend();
        }
        for input in self.host.issue(now, &mut self.rng, &mut self.budget) {
            self.to_nic.send(now, input.qp(), input, &mut self.rng);
        }
        for (_, input) in self.to_nic.ready(now) {
            let out = self.nic.from_host(now, input);
            self.route(out);
        }
        for ((controller, connector), message) in self.to_controller.ready(now) {
            // A message on a link that is down is lost.
            if self.link_up[controller] {
                self.controllers[controller].receive(now, connector, message, &mut self.rng);
            }
        }
        for controller in 0..2 {
            for (connector, message) in self.controllers[controller].tick(now, &mut self.namespace) {
                if self.link_up[controller] {
                    self.from_controller.send(now, (controller, connector), message, &mut self.rng);
                }
            }
        }
        for (link, message) in self.from_controller.ready(now) {
            if self.link_up[link.0] {
                let out = self.nic.from_controller(now, link, message);
                self.route(out);
            }
        }
        for (_, op) in self.to_host.ready(now) {
            for answer in self.host.receive(now, op) {
                self.to_nic.send(now, answer.qp(), answer, &mut self.rng);
            }
        }
        self.now += 1;
    }

    /// Runs until everything has completed; an error if it has not after `max_ticks`.
    pub fn run(&mut self, max_ticks: u64) -> Result<(), String> {
        while self.busy() {
            if self.now >= max_ticks {
                return Err(format!(
                    "seed {}: still busy after {max_ticks} ticks: {} commands outstanding ({}); {}; {}",
                    self.config.seed,
                    self.host.outstanding(),
                    self.host.debug_state(),
                    self.controllers[0].debug_state(),
                    self.controllers[1].debug_state()
                ));
            }
            self.step();
        }
        Ok(())
    }
}
