using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TipRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ErasedAt",
                table: "Tips",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ErasedAt",
                table: "Tips");
        }
    }
}
