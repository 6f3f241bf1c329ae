// axis_skid_buffer: generated from RustHDL by nic-hdl. Do not edit; regenerate with
// `cargo run -p nicctl -- emit --out hdl/verilog`.


module axis_skid_buffer(clock,reset,s_axis_tdata,s_axis_tkeep,s_axis_tlast,s_axis_tuser,s_axis_tvalid,s_axis_tready,m_axis_tdata,m_axis_tkeep,m_axis_tlast,m_axis_tuser,m_axis_tvalid,m_axis_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] s_axis_tdata;
    input wire  [7:0] s_axis_tkeep;
    input wire  s_axis_tlast;
    input wire  s_axis_tuser;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tlast;
    output reg  m_axis_tuser;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    
    // Stub signals
    reg  slice$clock;
    reg  slice$reset;
    reg  [73:0] slice$in_data;
    reg  slice$in_valid;
    wire  slice$in_ready;
    wire  [73:0] slice$out_data;
    wire  slice$out_valid;
    reg  slice$out_ready;
    
    // Sub module instances
    axis_skid_buffer$slice slice(
        .clock(slice$clock),
        .reset(slice$reset),
        .in_data(slice$in_data),
        .in_valid(slice$in_valid),
        .in_ready(slice$in_ready),
        .out_data(slice$out_data),
        .out_valid(slice$out_valid),
        .out_ready(slice$out_ready)
    );
    
    // Update code
    always @(*) begin
        slice$clock = clock;
        slice$reset = reset;
        slice$in_data[(64'h0)+:(64)] = s_axis_tdata;
        slice$in_data[(64'h40)+:(8)] = s_axis_tkeep;
        slice$in_data[(64'h48)+:(1)] = s_axis_tlast;
        slice$in_data[(64'h49)+:(1)] = s_axis_tuser;
        slice$in_valid = s_axis_tvalid;
        s_axis_tready = slice$in_ready;
        m_axis_tdata = slice$out_data[(64'h0)+:(64)];
        m_axis_tkeep = slice$out_data[(64'h40)+:(8)];
        m_axis_tlast = slice$out_data[(64'h48)+:(1)];
        m_axis_tuser = slice$out_data[(64'h49)+:(1)];
        m_axis_tvalid = slice$out_valid;
        slice$out_ready = m_axis_tready;
    end
    
endmodule // axis_skid_buffer


module axis_skid_buffer$slice(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [73:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [73:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [73:0] main_data$d;
    wire  [73:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [73:0] skid_data$d;
    wire  [73:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Sub module instances
    axis_skid_buffer$slice$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    axis_skid_buffer$slice$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    axis_skid_buffer$slice$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    axis_skid_buffer$slice$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        if (out_ready | ~main_valid$q) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                main_valid$d = 1'b1;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = in_valid;
            end
        end
        else if (~skid_valid$q) begin
            skid_data$d = in_data;
            skid_valid$d = in_valid;
        end
        if (reset) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // axis_skid_buffer$slice


module axis_skid_buffer$slice$main_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // axis_skid_buffer$slice$main_data


module axis_skid_buffer$slice$main_valid(d,q,clock);
    
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
          
endmodule // axis_skid_buffer$slice$main_valid


module axis_skid_buffer$slice$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [73:0] d;
    output reg  [73:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 74'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // axis_skid_buffer$slice$skid_data


module axis_skid_buffer$slice$skid_valid(d,q,clock);
    
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
          
endmodule // axis_skid_buffer$slice$skid_valid
