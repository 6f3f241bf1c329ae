//! A lossy link between two RC endpoints: each packet is lost, duplicated or delayed by a seeded
//! random amount (delays differ, so packets overtake each other: reordering).

use crate::stimulus::TestRng;
use rand::Rng;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Impairment {
    pub loss_percent: u32,
    pub duplicate_percent: u32,
    /// Delay in cycles: `min_delay` plus up to `jitter`; jitter larger than the packet spacing
    /// reorders.
    pub min_delay: u64,
    pub jitter: u64,
}

impl Impairment {
    pub fn clean(min_delay: u64) -> Self {
        Self { loss_percent: 0, duplicate_percent: 0, min_delay, jitter: 0 }
    }
}

#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct ChannelStats {
    pub sent: u64,
    pub lost: u64,
    pub duplicated: u64,
    /// Packets delivered before one sent earlier.
    pub reordered: u64,
}

pub struct Channel<T> {
    pub impairment: Impairment,
    pub stats: ChannelStats,
    /// (delivery cycle, send order, packet)
    in_flight: Vec<(u64, u64, T)>,
    order: u64,
    last_delivered_order: u64,
    /// The cycle the link is free again: a packet sent with [`Channel::send_sized`] holds it for
    /// one cycle per 8 bytes (the datapath's rate).
    link_free: u64,
}

impl<T: Clone> Channel<T> {
    pub fn new(impairment: Impairment) -> Self {
        Self { impairment, stats: ChannelStats::default(), in_flight: Vec::new(), order: 0, last_delivered_order: 0, link_free: 0 }
    }

    /// Sends a packet of `bytes` on the wire: it leaves when the packets before it have.
    pub fn send_sized(&mut self, packet: T, bytes: usize, now: u64, rng: &mut TestRng) {
        let start = now.max(self.link_free);
        self.link_free = start + bytes.div_ceil(8) as u64;
        self.send(packet, start, rng);
    }

    /// Sends a packet at `now`, whatever else is on the link.
    pub fn send(&mut self, packet: T, now: u64, rng: &mut TestRng) {
        self.stats.sent += 1;
        self.order += 1;
        let i = self.impairment;
        if rng.gen_range(0..100) < i.loss_percent {
            self.stats.lost += 1;
            return;
        }
        let copies = if rng.gen_range(0..100) < i.duplicate_percent { 2 } else { 1 };
        self.stats.duplicated += copies - 1;
        for _ in 0..copies {
            let at = now + i.min_delay + rng.gen_range(0..=i.jitter);
            self.in_flight.push((at, self.order, packet.clone()));
        }
    }

    /// Packets due by `now`, in delivery order.
    pub fn receive(&mut self, now: u64) -> Vec<T> {
        let mut due: Vec<(u64, u64, T)> = Vec::new();
        let mut i = 0;
        while i < self.in_flight.len() {
            if self.in_flight[i].0 <= now {
                due.push(self.in_flight.swap_remove(i));
            } else {
                i += 1;
            }
        }
        due.sort_by_key(|(at, order, _)| (*at, *order));
        due.into_iter()
            .map(|(_, order, p)| {
                if order < self.last_delivered_order {
                    self.stats.reordered += 1;
                }
                self.last_delivered_order = self.last_delivered_order.max(order);
                p
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.in_flight.is_empty()
    }
}
