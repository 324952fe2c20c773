# Short worker tasks on a schedule, each the worker image with one CLI verb.
# A universal target: the input is the ECS RunTask request itself, the same
# for every task but the command.

locals {
  scheduled_task = {
    Cluster        = aws_ecs_cluster.this.arn
    TaskDefinition = aws_ecs_task_definition.worker.arn
    LaunchType     = "FARGATE"
    NetworkConfiguration = {
      AwsvpcConfiguration = {
        Subnets        = var.network.subnet_ids
        SecurityGroups = [var.network.security_group_id]
        AssignPublicIp = "ENABLED"
      }
    }
  }
}

# Hourly: count removal requests pending for more than three days and publish
# Tad/OverdueRemovalRequests (the monitoring module alarms on it; a missing
# data point alarms too).
resource "aws_scheduler_schedule" "overdue_removals" {
  name                = "${var.name}-overdue-removals"
  description         = "Publishes the OverdueRemovalRequests metric"
  schedule_expression = "rate(1 hour)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = "arn:aws:scheduler:::aws-sdk:ecs:runTask"
    role_arn = aws_iam_role.scheduler.arn
    input = jsonencode(merge(local.scheduled_task, {
      Overrides = { ContainerOverrides = [{ Name = local.container_name, Command = ["removals", "overdue", "--publish-metric"] }] }
    }))
  }
}

# The API owes each removal requester an acknowledgement but cannot send it
# (read-only role, no route to SES): this task sends what is owed, every
# 15 minutes. Decisions are sent at once by `tad removals approve|reject`.
resource "aws_scheduler_schedule" "removal_mail" {
  name                = "${var.name}-removal-mail"
  description         = "Sends the removal e-mails owed (acknowledgements, retries)"
  schedule_expression = "rate(15 minutes)"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = "arn:aws:scheduler:::aws-sdk:ecs:runTask"
    role_arn = aws_iam_role.scheduler.arn
    input = jsonencode(merge(local.scheduled_task, {
      Overrides = { ContainerOverrides = [{ Name = local.container_name, Command = ["removals", "mail"] }] }
    }))
  }
}

# GDPR Art. 14 notices to studios, weekly per city (well within the month the
# law allows after collection); a run with nothing new sends nothing.
resource "aws_scheduler_schedule" "notices" {
  for_each            = toset(var.cities)
  name                = "${var.name}-notices-${each.value}"
  description         = "Sends the notices to the studios of ${each.value}"
  schedule_expression = "rate(7 days)"

  flexible_time_window {
    mode                      = "FLEXIBLE"
    maximum_window_in_minutes = 60
  }

  target {
    arn      = "arn:aws:scheduler:::aws-sdk:ecs:runTask"
    role_arn = aws_iam_role.scheduler.arn
    input = jsonencode(merge(local.scheduled_task, {
      Overrides = { ContainerOverrides = [{ Name = local.container_name, Command = ["notices", "send", "--city", each.value] }] }
    }))
  }
}
