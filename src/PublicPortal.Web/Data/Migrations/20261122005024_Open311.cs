using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Open311 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApiClientId",
                table: "TipOffs",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaUrl",
                table: "TipOffs",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>( maxLength: 128, nullable: false),
                    Contact = table.Column<string>( maxLength: 256, nullable: false),
                    KeyPrefix = table.Column<string>( maxLength: 16, nullable: false),
                    KeyHash = table.Column<string>( maxLength: 128, nullable: false),
                    CreatedById = table.Column<int>( nullable: true),
                    CreatedByName = table.Column<string>( maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>( nullable: false),
                    RevokedAt = table.Column<DateTime>( nullable: true),
                    LastUsedAt = table.Column<DateTime>( nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TipOffs_ApiClientId",
                table: "TipOffs",
                column: "ApiClientId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_KeyPrefix",
                table: "ApiClients",
                column: "KeyPrefix",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_TipOffs_ApiClients_ApiClientId",
                table: "TipOffs",
                column: "ApiClientId",
                principalTable: "ApiClients",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TipOffs_ApiClients_ApiClientId",
                table: "TipOffs");

            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropIndex(
                name: "IX_TipOffs_ApiClientId",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "ApiClientId",
                table: "TipOffs");

            migrationBuilder.DropColumn(
                name: "MediaUrl",
                table: "TipOffs");
        }
    }
}
