//! The simulated NIC as an Ethernet station, for peers this project did not write (a QEMU guest
//! running the Linux NVMe-oF initiator over Soft-RoCE; `nicctl sim nic`): the verilated
//! `nic_core` on the host link, controllers A and B (NVMe-oF targets sharing one namespace)
//! behind its controller links, and the NIC's management path beside the core.
//!
//! The management path takes what the core does not serve and a host needs before its first RC
//! packet: ARP for the NIC's IPv4 address, and RDMA-CM on QP 1 ([`super::cm`]), which sets the
//! core's QPs up. It sits where the MAC hands frames to the NIC's control CPU; here it is
//! software in the simulation, the core seeing only RC traffic (docs/interop.md says why).
//!
//! Time: one `step` runs the core for a tick of `CLOCKS_PER_TICK` cycles and lets the
//! controllers act; the caller steps as fast as it can while anything is in flight.

use super::cm::{ConnectionManager, CoreChange};
use super::controller::Controller;
use super::fabric::Nic;
use super::links::Pressure;
use super::namespace::Namespace;
use super::rdma_cm::GSI_QP;
use super::nic_core_rtl::{NicCoreRtl, WireFrame, MTU_SHIFT};
use crate::stimulus::TestRng;
use nic_hdl::link::message::MessageType;
use nic_hdl::roce::wire::DropCause;
use std::collections::BTreeMap;

pub const CLOCKS_PER_TICK: u64 = 16;
/// Heartbeat timeout of the failover supervisor, in ticks.
const HEARTBEAT_TIMEOUT_TICKS: u64 = 1000;
/// QPs of the simulation core.
const CORE_QPS: u16 = 1 << nic_hdl::sizes::sim_core::QP_BITS;
const ETHERTYPE_ARP: u16 = 0x0806;
const ETHERTYPE_IPV4: u16 = 0x0800;
const ROCE_PORT: u16 = 4791;

/// What the management path saw, by cause.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct StationCounters {
    pub frames_in: u64,
    pub frames_out: u64,
    /// RoCEv2 frames handed to the core (every RC frame, whatever its QP: the core judges).
    pub to_core: u64,
    pub arp_requests_answered: u64,
    /// ARP for another address, ARP replies, IPv6, other UDP, other EtherTypes: not the NIC's.
    pub not_for_nic: u64,
    /// Frames longer than a MAC passes (`replay::MAX_FRAME_BYTES`): dropped before the core.
    pub giants_dropped: u64,
    pub management_frames: u64,
}

pub struct Station {
    pub nic: NicCoreRtl,
    pub controllers: [Controller; 2],
    pub namespace: Namespace,
    pub cm: ConnectionManager,
    rng: TestRng,
    tick: u64,
    link_up: [bool; 2],
    mac: u64,
    ip: u32,
    pub counters: StationCounters,
    /// Cycle of the last link message other than a heartbeat, or frame.
    last_activity: u64,
    /// Frames of the management path for the wire.
    outbox: Vec<Vec<u8>>,
}

fn be16(b: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([b[at], b[at + 1]])
}

impl Station {
    /// A NIC at `mac` / `ip` with a `namespace_blocks`-block namespace behind its controllers.
    pub fn new(mac: u64, ip: u32, namespace_blocks: u64, seed: u64) -> Self {
        let qpn_base = super::nic_core_rtl::NIC_QPN_BASE;
        let mut nic = NicCoreRtl::new(seed, HEARTBEAT_TIMEOUT_TICKS, CLOCKS_PER_TICK, Pressure { valid_pct: 100, ready_pct: 100 });
        nic.host_endpoints = false;
        nic.set_local(mac, ip, qpn_base, MTU_SHIFT);
        Self {
            nic,
            controllers: [Controller::new("A", 0, 2, 2..8), Controller::new("B", 1, 2, 2..8)],
            namespace: Namespace::new(namespace_blocks),
            cm: ConnectionManager::new(mac, ip, qpn_base, MTU_SHIFT, CORE_QPS),
            rng: crate::stimulus::rng(seed),
            tick: 0,
            link_up: [true; 2],
            mac,
            ip,
            counters: StationCounters::default(),
            last_activity: 0,
            outbox: Vec::new(),
        }
    }

    /// One tick: the core runs `CLOCKS_PER_TICK` cycles, the controllers take and send messages
    /// (none cross a link that is down). Returns the frames for the wire.
    pub fn step(&mut self) -> Vec<Vec<u8>> {
        let tick = self.tick;
        self.tick += 1;
        let out = self.nic.tick(tick);
        self.namespace.fenced = self.nic.fence_backend();
        for ((controller, connector), message) in out.links {
            self.last_activity = self.nic.cycle;
            if self.link_up[controller] {
                self.controllers[controller].receive(tick, connector, message, &mut self.rng);
            }
        }
        for c in 0..2 {
            for (connector, message) in self.controllers[c].tick(tick, &mut self.namespace) {
                if message.header.kind != MessageType::Heartbeat {
                    self.last_activity = self.nic.cycle;
                }
                if self.link_up[c] {
                    self.nic.from_controller(tick, (c, connector), message);
                }
            }
        }
        let mut frames = std::mem::take(&mut self.outbox);
        let sent = std::mem::take(&mut self.nic.sent);
        if !sent.is_empty() {
            self.last_activity = self.nic.cycle;
        }
        self.counters.frames_out += sent.len() as u64;
        frames.extend(sent);
        frames
    }

    /// Controller `controller`'s links (0 = A) cut or restored, as a pulled cable: the NIC
    /// detects it, fences the controller and fails its QPs over; restored, it readmits it.
    pub fn set_link(&mut self, controller: usize, up: bool) {
        self.link_up[controller] = up;
        self.last_activity = self.nic.cycle;
        self.nic.link_changed(self.tick, controller, up);
    }

    pub fn link_up(&self, controller: usize) -> bool {
        self.link_up[controller]
    }

    /// Asks for failback; false when a controller is not available to take its QPs back.
    pub fn failback(&mut self) -> bool {
        self.last_activity = self.nic.cycle;
        self.nic.failback(self.tick).0
    }

    /// Every counter by name: the management path's, the CM's, the core's by block and cause,
    /// the controllers'.
    pub fn counters(&mut self) -> BTreeMap<String, u64> {
        let mut all = BTreeMap::new();
        let mut add = |prefix: &str, value: serde_json::Value| {
            for (name, v) in value.as_object().expect("a struct") {
                all.insert(format!("{prefix}{name}"), v.as_u64().unwrap_or(0));
            }
        };
        add("", serde_json::to_value(&self.counters).expect("plain"));
        add("cm_", serde_json::to_value(&self.cm.counters).expect("plain"));
        add("connector_", serde_json::to_value(self.nic.counters()).expect("plain"));
        for (c, name) in [(0, "controller_a_"), (1, "controller_b_")] {
            add(name, serde_json::to_value(&self.controllers[c].counters).expect("plain"));
        }
        for cause in DropCause::ALL {
            all.insert(format!("rx_dropped_{}", cause.name()), self.nic.rx_counter(cause.code() as u64));
        }
        all.insert("rx_accepted".into(), self.nic.rx_counter(0));
        for (name, value) in self.nic.transport_counters() {
            all.insert(name.into(), value);
        }
        for (name, value) in self.nic.responder_counters() {
            all.insert(format!("responder_{name}"), value);
        }
        for (name, value) in self.nic.requester_counters() {
            all.insert(format!("requester_{name}"), value);
        }
        for c in 0..2 {
            let name = ["a", "b"][c];
            all.insert(format!("controller_{name}_link_up"), self.link_up[c] as u64);
            all.insert(format!("controller_{name}_fenced"), self.nic.fenced(c) as u64);
        }
        all.insert("connections_established".into(), self.cm.established() as u64);
        all.insert("cycles".into(), self.nic.cycle);
        all
    }

    pub fn cycle(&self) -> u64 {
        self.nic.cycle
    }

    /// Whether anything is in flight: a frame queued or being sent, a controller serving, or a
    /// link message (heartbeats aside) within the last `quiet_cycles`.
    pub fn busy(&self, quiet_cycles: u64) -> bool {
        !self.nic.idle() || self.controllers.iter().any(|c| c.busy() > 0) || self.nic.cycle - self.last_activity < quiet_cycles
    }

    /// A frame from the wire.
    pub fn receive(&mut self, frame: Vec<u8>) {
        self.counters.frames_in += 1;
        self.last_activity = self.nic.cycle;
        if frame.len() < 14 {
            self.counters.not_for_nic += 1;
            return;
        }
        if frame.len() > super::replay::MAX_FRAME_BYTES {
            self.counters.giants_dropped += 1;
            return;
        }
        match be16(&frame, 12) {
            ETHERTYPE_ARP => self.arp(&frame),
            ETHERTYPE_IPV4 if frame.len() >= 54 && frame[23] == 17 && be16(&frame, 36) == ROCE_PORT => {
                let dest_qp = u32::from_be_bytes([0, frame[47], frame[48], frame[49]]);
                if dest_qp == GSI_QP {
                    self.management(frame);
                } else {
                    self.counters.to_core += 1;
                    self.nic.inject(0, frame);
                }
            }
            _ => self.counters.not_for_nic += 1,
        }
    }

    fn record(&mut self, to_nic: bool, bytes: &[u8]) {
        if self.nic.record {
            self.nic.wire.push(WireFrame { cycle: self.nic.cycle, to_nic, bytes: bytes.to_vec() });
        }
    }

    /// ARP: a request for the NIC's address is answered; everything else is not the NIC's.
    fn arp(&mut self, frame: &[u8]) {
        let request = frame.len() >= 42 && be16(frame, 14) == 1 && be16(frame, 16) == ETHERTYPE_IPV4 && be16(frame, 20) == 1;
        if !request || frame[38..42] != self.ip.to_be_bytes() {
            self.counters.not_for_nic += 1;
            return;
        }
        self.counters.arp_requests_answered += 1;
        self.record(true, frame);
        let (sender_mac, sender_ip) = (&frame[22..28], &frame[28..32]);
        let mac = &self.mac.to_be_bytes()[2..];
        let mut reply = Vec::with_capacity(60);
        reply.extend_from_slice(sender_mac);
        reply.extend_from_slice(mac);
        reply.extend_from_slice(&ETHERTYPE_ARP.to_be_bytes());
        reply.extend_from_slice(&[0, 1, 8, 0, 6, 4, 0, 2]);
        reply.extend_from_slice(mac);
        reply.extend_from_slice(&self.ip.to_be_bytes());
        reply.extend_from_slice(sender_mac);
        reply.extend_from_slice(sender_ip);
        reply.resize(60, 0);
        self.record(false, &reply);
        self.counters.frames_out += 1;
        self.outbox.push(reply);
    }

    fn management(&mut self, frame: Vec<u8>) {
        self.counters.management_frames += 1;
        self.record(true, &frame);
        let (replies, changes) = self.cm.receive(&frame);
        for change in changes {
            match change {
                CoreChange::Configure(setup) => self.nic.configure_qp(&setup),
                CoreChange::Remove(qp) => self.nic.remove_qp(qp),
            }
        }
        for reply in replies {
            self.record(false, &reply);
            self.counters.frames_out += 1;
            self.outbox.push(reply);
        }
    }
}
