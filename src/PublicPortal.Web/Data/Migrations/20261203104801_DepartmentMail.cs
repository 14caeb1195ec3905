using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Microsoft.EntityFrameworkCore.Metadata;

#nullable disable

namespace PublicPortal.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DepartmentMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WantsDepartmentMail",
                table: "AspNetUsers",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "DepartmentMailings",
                columns: table => new
                {
                    Id = table.Column<int>( nullable: false)
                        .Annotation("Sqlite:Autoincrement", true)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DepartmentId = table.Column<int>( nullable: false),
                    Kind = table.Column<string>( maxLength: 32, nullable: false),
                    Day = table.Column<DateOnly>( nullable: false),
                    QueuedAt = table.Column<DateTime>( nullable: false),
                    Recipients = table.Column<int>( nullable: false),
                    Items = table.Column<int>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentMailings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentMailings_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DigestDays",
                columns: table => new
                {
                    DepartmentId = table.Column<int>( nullable: false),
                    Day = table.Column<DateOnly>( nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestDays", x => new { x.DepartmentId, x.Day });
                    table.ForeignKey(
                        name: "FK_DigestDays_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentMailings_DepartmentId_Kind_QueuedAt",
                table: "DepartmentMailings",
                columns: new[] { "DepartmentId", "Kind", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DepartmentMailings");

            migrationBuilder.DropTable(
                name: "DigestDays");

            migrationBuilder.DropColumn(
                name: "WantsDepartmentMail",
                table: "AspNetUsers");
        }
    }
}
