using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TipsterProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "Tips",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IdentityRevealRequests",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TipId = table.Column<int>( nullable: false),
                    RequestedById = table.Column<int>( nullable: false),
                    DepartmentId = table.Column<int>( nullable: false),
                    Reason = table.Column<string>( maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<DateTime>( nullable: false),
                    Decision = table.Column<string>( maxLength: 32, nullable: true),
                    DecidedById = table.Column<int>( nullable: true),
                    DecidedAt = table.Column<DateTime>( nullable: true),
                    RefusalReason = table.Column<string>( maxLength: 1000, nullable: true),
                    ViewUntil = table.Column<DateTime>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityRevealRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IdentityRevealRequests_AspNetUsers_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IdentityRevealRequests_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IdentityRevealRequests_Tips_TipId",
                        column: x => x.TipId,
                        principalTable: "Tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRevealRequests_Decision_RequestedAt",
                table: "IdentityRevealRequests",
                columns: new[] { "Decision", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRevealRequests_DepartmentId",
                table: "IdentityRevealRequests",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRevealRequests_RequestedById",
                table: "IdentityRevealRequests",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityRevealRequests_TipId_RequestedById",
                table: "IdentityRevealRequests",
                columns: new[] { "TipId", "RequestedById" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdentityRevealRequests");

            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Tips");
        }
    }
}
