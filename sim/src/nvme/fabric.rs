//! A whole system at the message level: hosts ↔ the connector model ↔ controllers A and B over
//! the shared namespace, with random delays on every path (order kept per QP and per link, as RC
//! and the links keep it) and random service times in the controllers.

use super::connector::{ConnectorModel, HostIn, HostOp, Link, Outputs};
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
    /// Ticks without a heartbeat before a controller counts as failed.
    pub heartbeat_timeout: u64,
    /// Things that happen to the controllers, at given ticks.
    pub events: Vec<(u64, Event)>,
    /// Whether the array honours the NIC's back-end fence (false only to show what goes wrong).
    pub backend_fence: bool,
    /// Service time ranges of controllers A and B, in ticks.
    pub service_ticks: [std::ops::Range<u64>; 2],
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
            commands: 2000,
            namespace_blocks: 1 << 16,
            bound_to_b: vec![],
            heartbeat_timeout: 100,
            events: vec![],
            backend_fence: true,
            service_ticks: [5..80, 5..80],
        }
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
    pub link_up: [bool; 2],
    /// Whether each failback asked for was accepted.
    pub failbacks: Vec<bool>,
}

impl Fabric {
    pub fn new(config: FabricConfig) -> Self {
        let mut nic = ConnectorModel::new(config.connectors, config.heartbeat_timeout);
        let io: Vec<u16> = (1..=config.io_queues).collect();
        for qp in std::iter::once(0).chain(io.iter().copied()) {
            let controller = config.bound_to_b.contains(&qp) as usize;
            nic.add_qp(qp, qp as usize % config.connectors, controller);
        }
        Self {
            rng: rng(config.seed),
            host: Host::new(0, &io, config.namespace_blocks, config.depth, config.max_bytes),
            nic,
            controllers: [
                Controller::new("A", 0, config.connectors, config.service_ticks[0].clone()),
                Controller::new("B", 1, config.connectors, config.service_ticks[1].clone()),
            ],
            namespace: Namespace::new(config.namespace_blocks),
            to_nic: Channels::new(1..6),
            to_host: Channels::new(1..6),
            to_controller: Channels::new(1..4),
            from_controller: Channels::new(1..4),
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
            || self.controllers.iter().enumerate().any(|(i, c)| c.busy() > 0 && self.link_up[i] && !c.silent && !self.nic.controllers[i].fenced)
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
            self.namespace.fenced = self.nic.fence_backend;
        }
        for input in self.host.issue(now, &mut self.rng, &mut self.budget) {
            self.to_nic.send(now, input.qp(), input, &mut self.rng);
        }
        for (_, input) in self.to_nic.ready(now) {
            let out = self.nic.from_host(input);
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
                return Err(format!("seed {}: still busy after {max_ticks} ticks: {} commands outstanding", self.config.seed, self.host.outstanding()));
            }
            self.step();
        }
        Ok(())
    }
}
