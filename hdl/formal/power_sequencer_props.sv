// Formal properties of the power sequencer (DESIGN.md §7), checked by yosys-smtbmc with z3 on the
// generated `power_sequencer_formal` (the RustHDL block with the small formal timers).
// The numbers come from Rust (`power_formal_params.vh`, written by nic_hdl::power::formal), never
// from this file. Every input is free; the only assumption is reset in the first cycle.
// Monitors hold the history through the previous cycle; assertions compare it with this cycle's
// outputs, exactly as sim/src/power/properties.rs does in simulation.
`default_nettype none
`include "power_formal_params.vh"

module power_sequencer_props (
    input wire clock,
    input wire reset,
    input wire ac_ok,
    input wire orderly_shutdown,
    input wire backup_ok,
    input wire [`RAILS-1:0] pg,
    input wire bios_vault_done,
    input wire bios_vault_failed,
    input wire power_button,
    input wire rearm,
    input wire flag_clear
);
    wire [`RAILS-1:0] rail_en, fault_rails, pg_watched;
    wire [3:0] state;
    wire [`RAIL_BITS-1:0] rail_index;
    wire [`TIMER_BITS-1:0] step_cycles, vault_elapsed;
    wire cpu_reboot, power_off_flag, ac_good, fault, fault_pg_timeout, fault_pg_lost;
    wire vault_impossible, vault_failed, watchdog_expired;
    wire [31:0] vault_count, watchdog_expiries;
    wire [`TIMER_BITS-1:0] last_vault_cycles;

    power_sequencer_formal dut (
        .clock(clock), .reset(reset), .ac_ok(ac_ok), .orderly_shutdown(orderly_shutdown),
        .backup_ok(backup_ok), .pg(pg), .bios_vault_done(bios_vault_done),
        .bios_vault_failed(bios_vault_failed), .power_button(power_button), .rearm(rearm),
        .flag_clear(flag_clear), .rail_en(rail_en), .cpu_reboot(cpu_reboot),
        .power_off_flag(power_off_flag), .state(state), .rail_index(rail_index), .pg_watched(pg_watched), .step_cycles(step_cycles), .vault_elapsed(vault_elapsed), .ac_good(ac_good),
        .fault(fault), .fault_rails(fault_rails), .fault_pg_timeout(fault_pg_timeout),
        .fault_pg_lost(fault_pg_lost), .vault_impossible(vault_impossible),
        .vault_failed(vault_failed), .watchdog_expired(watchdog_expired),
        .vault_count(vault_count), .last_vault_cycles(last_vault_cycles),
        .watchdog_expiries(watchdog_expiries)
    );

    // ---- history (through the previous cycle) ----
    reg past_valid = 1'b0;
    reg prev_reset = 0, prev_rearm = 0, prev_fault = 0, prev_ac_good = 0, prev_flag = 0;
    reg [3:0] prev_state = 0;
    reg [`RAILS-1:0] prev_rail_en = 0;
    reg [8*`RAILS-1:0] pg_high_for = 0;     // consecutive cycles pg[r] high (saturating)
    reg [8*`RAILS-1:0] on_good_for = 0;     // consecutive cycles enabled with pg[r] high
    reg [8*`RAILS-1:0] waiting_for_pg = 0;  // enabled, no pg seen since the enable
    reg [`RAILS-1:0] seen_pg = 0;
    reg [`RAILS-1:0] settled = 0;           // pg held `PG_SETTLE` cycles while enabled
    reg [7:0] missing_for = 0;              // consecutive cycles a settled rail's pg was low
    reg [7:0] ac_differs_for = 0;           // consecutive cycles ac_ok differed from ac_good
    reg vault_active = 0;
    reg [15:0] vault_age = 0;               // cycles since the vault started, while a rail is on


    function [7:0] inc8(input [7:0] x);
        inc8 = (x == 8'hff) ? x : x + 8'd1;
    endfunction

    wire in_vault_body = state == `S_SETFLAG || state == `S_REBOOT || state == `S_VAULTWAIT;
    wire in_vault = state == `S_SHED || in_vault_body;
    wire prev_in_vault = prev_state == `S_SHED || prev_state == `S_SETFLAG
                      || prev_state == `S_REBOOT || prev_state == `S_VAULTWAIT;

    // Helper invariants (proved like the rest): which rails are on in each state. They make the
    // properties inductive; each is also a fact a user can rely on.
    wire [`RAILS:0] below_rail = (1 << rail_index) - 1;         // rails below `rail_index`
    wire [`RAILS:0] through_rail = (1 << (rail_index + 1)) - 1;  // ... and `rail_index` itself
    integer h;
    always @(*) begin
        assert (state <= `S_FAULT);
        if (state == `S_OFF || state == `S_ACWAIT || state == `S_FAULT) assert (rail_en == 0);
        if (state == `S_POWERON) assert (rail_en == through_rail[`RAILS-1:0]);
        if (state == `S_RUN) assert (rail_en == {`RAILS{1'b1}} && rail_index == `RAILS - 1);
        if (state == `S_SHUTDOWN || state == `S_SHED || state == `S_VAULTOFF)
            assert (rail_en == below_rail[`RAILS-1:0]);
        if (state == `S_SHED) assert (rail_index >= `PROTECTED_RAILS);
        if (state == `S_VAULTOFF) assert (rail_index < `PROTECTED_RAILS);
        if (cpu_reboot) assert (state == `S_REBOOT || state == `S_VAULTWAIT);
        if (state == `S_REBOOT || state == `S_VAULTWAIT) assert (power_off_flag);
        // The vault monitor's age is the sequencer's own watchdog count, plus the off steps.
        if (!vault_active) assert (vault_age == 0);
        if (vault_active) assert (in_vault || state == `S_VAULTOFF || rail_en == 0);
        if (in_vault) assert (vault_age == vault_elapsed && vault_elapsed <= `VAULT_WATCHDOG);
        if (state == `S_SHUTDOWN || state == `S_VAULTOFF) assert (step_cycles <= `OFF_GAP);
        if (state == `S_SHED) assert (step_cycles <= `SHED_GAP);
        if (state == `S_VAULTOFF && rail_en != 0)
            assert (vault_active && vault_elapsed <= `VAULT_WATCHDOG + 1 && vault_age == vault_elapsed
                    + (`PROTECTED_RAILS - 1 - rail_index) * (`OFF_GAP + 1) + step_cycles);
        if (state == `S_POWERON) assert (step_cycles <= `PG_TIMEOUT);
        // The monitors (history through the previous cycle) agree with each other and the enables.
        for (h = 0; h < `RAILS; h = h + 1) begin
            if (!prev_rail_en[h])
                assert (!seen_pg[h] && !settled[h] && waiting_for_pg[8*h +: 8] == 0 && on_good_for[8*h +: 8] == 0);
            if (settled[h]) assert (seen_pg[h]);
            if (seen_pg[h]) assert (waiting_for_pg[8*h +: 8] <= `PG_TIMEOUT);
            // Every enabled rail but the one being powered on has settled.
            if (rail_en[h] && prev_rail_en[h] && !(state == `S_POWERON && h == rail_index)) assert (settled[h]);
            if (state == `S_POWERON && h == rail_index && !seen_pg[h])
                assert (waiting_for_pg[8*h +: 8] == step_cycles);
        end
        // The rails the sequencer watches are exactly the ones the monitor saw settle.
        assert (pg_watched == (settled & rail_en));
        if (!past_valid) assume (reset);
    end

    integer r, e;  // loop indices of this block only
    always @(*) begin
        // P8: through the vault the protected rails are on and every other rail is off.
        if (in_vault_body) assert (rail_en == `PROTECTED_MASK);
        // P9 (same cycle): cpu_reboot never without the flag.
        if (cpu_reboot) assert (power_off_flag);
        // P10: every rail off within the energy budget, whatever the BIOS does.
        assert (vault_age <= `VAULT_BOUND);
        if (past_valid) begin
            // P1: after reset all enables are 0.
            if (prev_reset) assert (rail_en == 0);
            // P2: a rail turns on only after every earlier rail's pg is stably good.
            for (r = 1; r < `RAILS; r = r + 1)
                if (rail_en[r] && !prev_rail_en[r])
                    for (e = 0; e < r; e = e + 1)
                        assert (pg_high_for[8*e +: 8] >= `PG_SETTLE);
            // P3: a pg that never comes latches a fault within its timeout (+2 pipeline cycles).
            for (r = 0; r < `RAILS; r = r + 1)
                if (rail_en[r] && waiting_for_pg[8*r +: 8] > `PG_TIMEOUT + 2) assert (fault);
            // P4: loss of an expected pg turns every non-protected rail off within the filter.
            if (missing_for > `PG_LOSS_FILTER) assert ((rail_en & ~`PROTECTED_MASK) == 0);
            // P5: a latched fault holds until an explicit re-arm (or reset).
            if (prev_fault && !fault) assert (prev_rearm || prev_reset);
            // P6: ac_ok counts only after holding its new level for the whole debounce window.
            if (ac_good != prev_ac_good && !prev_reset) assert (ac_differs_for >= `AC_DEBOUNCE);
            // P7: rails go off in reverse order: never while a later rail stays on.
            for (r = 0; r < `RAILS; r = r + 1)
                if (prev_rail_en[r] && !rail_en[r]) assert ((rail_en >> r) == 0);
            // P9: cpu_reboot only once the persistent flag was set.
            if (cpu_reboot) assert (prev_flag);
            // AC returning (or anything but reset) never aborts a vault.
            if (prev_in_vault && !prev_reset)
                assert (in_vault || state == `S_VAULTOFF || state == `S_FAULT);
        end
    end

    reg [8*`RAILS-1:0] on_good_next;
    reg [`RAILS-1:0] settled_next, seen_next;
    integer n;
    always @(*) begin
        for (n = 0; n < `RAILS; n = n + 1) begin
            on_good_next[8*n +: 8] = (rail_en[n] && pg[n]) ? inc8(on_good_for[8*n +: 8]) : 8'd0;
            settled_next[n] = rail_en[n] && (settled[n] || on_good_next[8*n +: 8] >= `PG_SETTLE);
            seen_next[n] = rail_en[n] && (seen_pg[n] || pg[n]);
        end
    end

    integer q;
    always @(posedge clock) begin
        past_valid <= 1'b1;
        prev_reset <= reset;
        prev_rearm <= rearm;
        prev_fault <= fault;
        prev_ac_good <= ac_good;
        prev_flag <= power_off_flag;
        prev_state <= state;
        prev_rail_en <= rail_en;
        for (q = 0; q < `RAILS; q = q + 1) begin
            pg_high_for[8*q +: 8] <= pg[q] ? inc8(pg_high_for[8*q +: 8]) : 8'd0;
            waiting_for_pg[8*q +: 8] <= (rail_en[q] && !seen_next[q]) ? inc8(waiting_for_pg[8*q +: 8]) : 8'd0;
        end
        on_good_for <= on_good_next;
        settled <= settled_next;
        seen_pg <= seen_next;
        missing_for <= ((settled_next & ~pg) != 0 && !reset) ? inc8(missing_for) : 8'd0;
        ac_differs_for <= (ac_ok != ac_good) ? inc8(ac_differs_for) : 8'd0;
        if (reset || rail_en == 0) begin
            vault_active <= 1'b0;
            vault_age <= 16'd0;
        end else if (vault_active || state == `S_SHED) begin
            vault_active <= 1'b1;
            vault_age <= (vault_age == 16'hffff) ? vault_age : vault_age + 16'd1;
        end
    end
endmodule
