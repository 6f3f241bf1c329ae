//! Transparent failover at the message level (docs/controller-link.md, issue 6): the connector model with
//! hosts and both controllers under load, controller A failing at a seeded random moment in
//! every way the issue lists. Every run: 0 I/O errors (except the path errors of both-down),
//! 0 lost, 0 duplicated, 0 late completions, 0 data mismatches, and counters that prove fencing.

use nic_hdl::nvme::capsule::Status;
use nic_sim::nvme::connector::Binding;
use nic_sim::nvme::fabric::{Event, Fabric, FabricConfig};
use nic_sim::nvme::scenarios::{self, base, both_down, failover_seeds, heartbeat_loss, link_pull, return_and_failback};
use nic_sim::stimulus::rng;
use rand::Rng;

fn run_clean(config: FabricConfig, allowed: &[Status]) -> Fabric {
    scenarios::run_clean(Fabric::new(config), allowed, 3_000_000)
}

#[test]
fn a_link_pulled_at_a_random_moment_under_load() {
    for seed in failover_seeds() {
        let fabric = run_clean(link_pull(base(seed, 1200), 100..1200), &[]);
        let n = &fabric.nic.counters;
        assert_eq!(n.failovers, 1, "seed {seed}");
        assert!(fabric.nic.qps.values().all(|q| q.controller == 1), "every QP now on B (seed {seed})");
        assert!(fabric.namespace.fenced[0], "A fenced at the back end (seed {seed})");
        assert!(n.cqe_unknown_cid == 0 && n.wrong_link == 0, "seed {seed}: {n:?}");
    }
}

#[test]
fn heartbeats_stop_while_the_link_stays_up() {
    for seed in failover_seeds().into_iter().take(30) {
        let fabric = run_clean(heartbeat_loss(base(seed, 1200), 100..1200), &[]);
        assert_eq!(fabric.nic.counters.failovers, 1, "seed {seed}");
        assert!(fabric.nic.qps.values().all(|q| q.controller == 1), "seed {seed}");
    }
}

#[test]
fn a_returning_controller_is_fenced_first_and_takes_qps_back_only_on_failback() {
    let mut late = 0;
    for seed in failover_seeds().into_iter().take(30) {
        let fabric = run_clean(return_and_failback(base(seed, 2500), 100..800, 50..400), &[]);
        let n = &fabric.nic.counters;
        assert_eq!((n.failovers, n.failbacks), (1, 1), "seed {seed}: {n:?}");
        assert_eq!(fabric.failbacks, vec![true]);
        assert!(fabric.controllers[0].counters.fences == 2, "A got FENCE on both its links (seed {seed})");
        assert!(fabric.nic.qps.values().all(|q| q.controller == q.home && q.binding == Binding::Bound), "every QP home (seed {seed})");
        late += n.late_discarded;
    }
    assert!(late > 0, "A's late messages were discarded somewhere");
}

#[test]
fn both_controllers_down_completes_everything_with_path_errors_and_recovers() {
    for seed in failover_seeds().into_iter().take(30) {
        let fabric = run_clean(both_down(base(seed, 3000), 100..800, 2, 150), &[Status::HOST_PATHING_ERROR]);
        let (h, n) = (&fabric.host.counters, &fabric.nic.counters);
        assert!(h.path_errors > 0 && n.path_errors_sent == h.path_errors, "seed {seed}: {h:?} {n:?}");
        assert_eq!(n.failovers, 2, "seed {seed}");
        assert!(fabric.nic.qps.values().all(|q| q.controller == 1 && q.binding == Binding::Bound), "B serves again (seed {seed})");
        assert!(h.completed - h.path_errors > 300, "I/O resumed on B (seed {seed}): {h:?}");
    }
}

#[test]
fn without_the_back_end_fence_a_zombie_controller_corrupts_data() {
    // The reason the NIC fences A at the back end: A lost its link but still runs, and a write it
    // was serving lands after B replayed it and the host wrote that block again.
    let mut mismatches = 0;
    for seed in 1..=40 {
        let at = rng(seed).gen_range(300..1500);
        // A slow (its commands stay in service long after its link drops), B fast, a small namespace.
        let config = FabricConfig {
            events: vec![(at, Event::LinkDown(0))],
            namespace_blocks: 96,
            max_bytes: 2048,
            backend_fence: false,
            service_ticks: [200..600, 5..40],
            ..base(seed, 800)
        };
        let mut fabric = Fabric::new(config.clone());
        fabric.run(3_000_000).unwrap();
        mismatches += fabric.host.counters.data_mismatches;
        // The same run with the fence: clean.
        let fenced = run_clean(FabricConfig { backend_fence: true, ..config }, &[]);
        assert!(fenced.controllers[0].counters.fenced_drops > 0 || fenced.controllers[0].busy() == 0, "seed {seed}");
    }
    assert!(mismatches > 0, "the hazard the fence prevents must show without it");
}
