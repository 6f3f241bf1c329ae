// rgmii: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module rgmii(tx_clock,gmii_txd,gmii_tx_en,gmii_tx_er,rgmii_txc,rgmii_txd,rgmii_tx_ctl,rgmii_rxc,rgmii_rxd,rgmii_rx_ctl,gmii_rxd,gmii_rx_dv,gmii_rx_er);
    
    // Module arguments
    input wire  tx_clock;
    input wire  [7:0] gmii_txd;
    input wire  gmii_tx_en;
    input wire  gmii_tx_er;
    output reg  rgmii_txc;
    output reg  [3:0] rgmii_txd;
    output reg  rgmii_tx_ctl;
    input wire  rgmii_rxc;
    input wire  [3:0] rgmii_rxd;
    input wire  rgmii_rx_ctl;
    output reg  [7:0] gmii_rxd;
    output reg  gmii_rx_dv;
    output reg  gmii_rx_er;
    
    // Constant declarations
    localparam  control_lane = 6'b10000;
    localparam  clock_lane = 6'b100000;
    localparam  rx_control_lane = 5'b10000;
    
    // Stub signals
    reg  tx_ddr$clock;
    reg  [5:0] tx_ddr$d_rise;
    reg  [5:0] tx_ddr$d_fall;
    wire  [5:0] tx_ddr$q;
    reg  tx_clock_delay$a;
    wire  tx_clock_delay$z;
    reg  [4:0] rx_delay$a;
    wire  [4:0] rx_delay$z;
    reg  rx_ddr$clock;
    reg  [4:0] rx_ddr$d;
    wire  [4:0] rx_ddr$q_rise;
    wire  [4:0] rx_ddr$q_fall;
    reg  [7:0] rxd$d;
    wire  [7:0] rxd$q;
    reg  rxd$clock;
    reg  rx_dv$d;
    wire  rx_dv$q;
    reg  rx_dv$clock;
    reg  rx_er$d;
    wire  rx_er$q;
    reg  rx_er$clock;
    
    // Local signals
    reg  [5:0] tx_rise;
    reg  [5:0] tx_fall;
    reg  [4:0] rx_pins;
    
    // Sub module instances
    rgmii$tx_ddr tx_ddr(
        .clock(tx_ddr$clock),
        .d_rise(tx_ddr$d_rise),
        .d_fall(tx_ddr$d_fall),
        .q(tx_ddr$q)
    );
    rgmii$tx_clock_delay tx_clock_delay(
        .a(tx_clock_delay$a),
        .z(tx_clock_delay$z)
    );
    rgmii$rx_delay rx_delay(
        .a(rx_delay$a),
        .z(rx_delay$z)
    );
    rgmii$rx_ddr rx_ddr(
        .clock(rx_ddr$clock),
        .d(rx_ddr$d),
        .q_rise(rx_ddr$q_rise),
        .q_fall(rx_ddr$q_fall)
    );
    rgmii$rxd rxd(
        .d(rxd$d),
        .q(rxd$q),
        .clock(rxd$clock)
    );
    rgmii$rx_dv rx_dv(
        .d(rx_dv$d),
        .q(rx_dv$q),
        .clock(rx_dv$clock)
    );
    rgmii$rx_er rx_er(
        .d(rx_er$d),
        .q(rx_er$q),
        .clock(rx_er$clock)
    );
    
    // Update code
    always @(*) begin
        tx_rise = ((gmii_txd[(32'h0)+:(4)]) & 6'h3f) | clock_lane;
        tx_fall = ((gmii_txd[(32'h4)+:(4)]) & 6'h3f);
        if (gmii_tx_en) begin
            tx_rise = tx_rise | control_lane;
        end
        if (gmii_tx_en ^ gmii_tx_er) begin
            tx_fall = tx_fall | control_lane;
        end
        tx_ddr$clock = tx_clock;
        tx_ddr$d_rise = tx_rise;
        tx_ddr$d_fall = tx_fall;
        rgmii_txd = tx_ddr$q[(32'h0)+:(4)];
        rgmii_tx_ctl = tx_ddr$q[32'h4];
        tx_clock_delay$a = tx_ddr$q[(32'h5)+:(1)];
        rgmii_txc = |tx_clock_delay$z;
        rxd$clock = rgmii_rxc;
        rx_dv$clock = rgmii_rxc;
        rx_er$clock = rgmii_rxc;
        rxd$d = rxd$q;
        rx_dv$d = rx_dv$q;
        rx_er$d = rx_er$q;
        rx_pins = ((rgmii_rxd) & 5'h1f);
        if (rgmii_rx_ctl) begin
            rx_pins = rx_pins | rx_control_lane;
        end
        rx_delay$a = rx_pins;
        rx_ddr$clock = rgmii_rxc;
        rx_ddr$d = rx_delay$z;
        rxd$d = ((rx_ddr$q_rise[(32'h0)+:(4)]) & 8'hff) | (((rx_ddr$q_fall[(32'h0)+:(4)]) & 8'hff) << 32'h4);
        rx_dv$d = rx_ddr$q_rise[32'h4];
        rx_er$d = rx_ddr$q_rise[32'h4] ^ rx_ddr$q_fall[32'h4];
        gmii_rxd = rxd$q;
        gmii_rx_dv = rx_dv$q;
        gmii_rx_er = rx_er$q;
    end
    
endmodule // rgmii

// v-- Setting output parameters to net type for wrapped code.


module rgmii$rx_ddr(clock,d,q_rise,q_fall);
    
    // Module arguments
    input wire  clock;
    input wire  [4:0] d;
    output wire  [4:0] q_rise;
    output wire  [4:0] q_fall;
    
    // Update code (wrapper)
    reg [4:0] rise_capture;
    reg [4:0] fall_capture;
    reg [4:0] rise_out;
    reg [4:0] fall_out;
    always @(negedge clock) fall_capture <= d;
    always @(posedge clock) begin
        rise_out <= rise_capture;
        fall_out <= fall_capture;
        rise_capture <= d;
    end
    assign q_rise = rise_out;
    assign q_fall = fall_out;
endmodule // rgmii$rx_ddr

// v-- Setting output parameters to net type for wrapped code.


module rgmii$rx_delay(a,z);
    
    // Module arguments
    input wire  [4:0] a;
    output wire  [4:0] z;
    
    // Update code (wrapper)
    assign z = a;
endmodule // rgmii$rx_delay


module rgmii$rx_dv(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rgmii$rx_dv


module rgmii$rx_er(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rgmii$rx_er


module rgmii$rxd(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // rgmii$rxd

// v-- Setting output parameters to net type for wrapped code.


module rgmii$tx_clock_delay(a,z);
    
    // Module arguments
    input wire  a;
    output wire  z;
    
    // Update code (wrapper)
    assign z = a;
endmodule // rgmii$tx_clock_delay

// v-- Setting output parameters to net type for wrapped code.


module rgmii$tx_ddr(clock,d_rise,d_fall,q);
    
    // Module arguments
    input wire  clock;
    input wire  [5:0] d_rise;
    input wire  [5:0] d_fall;
    output wire  [5:0] q;
    
    // Update code (wrapper)
    reg [5:0] rise_bits;
    reg [5:0] fall_bits;
    always @(posedge clock) begin
        rise_bits <= d_rise;
        fall_bits <= d_fall;
    end
    assign q = clock ? rise_bits : fall_bits;
endmodule // rgmii$tx_ddr
